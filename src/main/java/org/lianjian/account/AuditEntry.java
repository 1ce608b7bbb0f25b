package org.lianjian.account;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A row of the audit log page.
 */
public record AuditEntry(Instant occurredAt, AuditEventType type, @Nullable String username, @Nullable String actor,
		@Nullable String detail, @Nullable String remoteAddr) {

}
