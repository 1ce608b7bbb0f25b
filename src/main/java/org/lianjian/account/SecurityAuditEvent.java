package org.lianjian.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.Getter;
import org.jspecify.annotations.Nullable;
import org.lianjian.shared.log.LogSafe;
import org.lianjian.shared.time.EntityClock;

/**
 * An append-only entry of the security audit log.
 */
@Entity
@Table(name = "security_audit_event")
@Getter
class SecurityAuditEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(nullable = false)
	private Instant occurredAt = EntityClock.instant();

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AuditEventType type = AuditEventType.LOGIN_SUCCESS;

	private @Nullable String username;

	private @Nullable String actor;

	private @Nullable String detail;

	private @Nullable String remoteAddr;

	protected SecurityAuditEvent() {
	}

	SecurityAuditEvent(AuditEventType type, @Nullable String username, @Nullable String actor, @Nullable String detail,
			@Nullable String remoteAddr) {
		this.type = type;
		this.username = LogSafe.orNull(username, 60);
		this.actor = LogSafe.orNull(actor, 60);
		this.detail = LogSafe.orNull(detail, 500);
		this.remoteAddr = LogSafe.orNull(remoteAddr, 64);
	}

}
