package org.lianjian.account;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A row of the account list, and the account page.
 */
public record AccountSummary(Long id, long version, String username, String displayName, Role role,
		@Nullable Long scopeOrganisationId, @Nullable Long scopeUnitId, @Nullable String scopeName, boolean enabled,
		boolean locked, boolean mustChangePassword, @Nullable Instant lastLoginAt) {

}
