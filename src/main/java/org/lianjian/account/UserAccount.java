package org.lianjian.account;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import lombok.Getter;
import lombok.Setter;
import org.jspecify.annotations.Nullable;
import org.lianjian.shared.jpa.BaseEntity;

@Entity
@Table(name = "user_account")
@Getter
@Setter
class UserAccount extends BaseEntity {

	static final int MAX_FAILED_ATTEMPTS = 5;

	static final Duration LOCK_DURATION = Duration.ofMinutes(15);

	@Column(nullable = false)
	private String username = "";

	@Column(nullable = false)
	private String displayName = "";

	@Column(nullable = false)
	private String passwordHash = "";

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Role role = Role.STAFF;

	private @Nullable Long scopeOrganisationId;

	private @Nullable Long scopeUnitId;

	private boolean enabled = true;

	private boolean mustChangePassword;

	private int failedAttempts;

	private @Nullable Instant lockedUntil;

	private @Nullable Instant lastLoginAt;

	@Column(nullable = false, updatable = false)
	private Instant createdAt = Instant.now();

	@Column(nullable = false)
	private Instant updatedAt = Instant.now();

	@PreUpdate
	void touch() {
		this.updatedAt = Instant.now();
	}

	boolean isLocked(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

	/**
	 * Counts a failed login.
	 * @param now the time
	 * @return true when this failure locked the account
	 */
	boolean recordFailure(Instant now) {
		if (isLocked(now)) {
			return false;
		}
		this.failedAttempts++;
		if (this.failedAttempts >= MAX_FAILED_ATTEMPTS) {
			this.failedAttempts = 0;
			this.lockedUntil = now.plus(LOCK_DURATION);
			return true;
		}
		return false;
	}

	void recordSuccess(Instant now) {
		this.failedAttempts = 0;
		this.lockedUntil = null;
		this.lastLoginAt = now;
	}

	void setScope(Role role, @Nullable Long organisationId, @Nullable Long unitId) {
		this.role = role;
		this.scopeOrganisationId = (role == Role.SECRETARY) ? organisationId : null;
		this.scopeUnitId = (role == Role.LIAISON) ? unitId : null;
	}

}
