package org.lianjian.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.Setter;
import org.jspecify.annotations.Nullable;
import org.lianjian.shared.jpa.BaseEntity;
import org.lianjian.shared.time.EntityClock;

@Entity
@Table(name = "user_account")
@Getter
@Setter
class UserAccount extends BaseEntity {

	static final int MAX_FAILED_ATTEMPTS = 5;

	static final Duration LOCK_DURATION = Duration.ofMinutes(15);

	/** What a username can be (the account form's rule, at any length up to 60). */
	private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{1,60}");

	/**
	 * Whether a typed username could name an account at all; one that cannot (control
	 * characters, 5,000 characters) is not looked up.
	 * @param username the typed username
	 * @return whether it follows the username rule
	 */
	static boolean isPlausibleUsername(String username) {
		return USERNAME.matcher(username).matches();
	}

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

	/**
	 * Raised by every change of the account's rights or password; a session signed in
	 * under an older stamp is ended (see {@link SessionStamps}).
	 */
	@Setter(AccessLevel.NONE)
	private long securityStamp;

	@Column(nullable = false, updatable = false)
	private Instant createdAt = EntityClock.instant();

	@Column(nullable = false)
	private Instant updatedAt = EntityClock.instant();

	@PreUpdate
	void touch() {
		this.updatedAt = EntityClock.instant();
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

	void setScope(Role role, @Nullable Long organisationId, @Nullable Long unitId) {
		Long org = (role == Role.SECRETARY) ? organisationId : null;
		Long unit = (role == Role.LIAISON) ? unitId : null;
		if (role != this.role || !Objects.equals(org, this.scopeOrganisationId)
				|| !Objects.equals(unit, this.scopeUnitId)) {
			this.securityStamp++;
		}
		this.role = role;
		this.scopeOrganisationId = org;
		this.scopeUnitId = unit;
	}

	void setEnabled(boolean enabled) {
		if (enabled != this.enabled) {
			this.securityStamp++;
		}
		this.enabled = enabled;
	}

	void setPasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
		this.securityStamp++;
	}

}
