package org.lianjian.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins (five lock the account for fifteen minutes) and writes every login
 * outcome to the audit log.
 */
@Component
class LoginAttemptListener {

	/** A login: no failed attempts left, no lock, the time of the login. */
	static final String SUCCESS = """
			update user_account set failed_attempts = 0, locked_until = null, last_login_at = ?
			where lower(username) = lower(?)""";

	/**
	 * A failed login of an account that is not locked: one more failed attempt, and at
	 * the limit a lock instead; answers whether this attempt locked it. One statement, so
	 * concurrent attempts are all counted.
	 */
	static final String FAILURE = """
			update user_account
			set failed_attempts = case when failed_attempts + 1 >= ? then 0 else failed_attempts + 1 end,
			    locked_until = case when failed_attempts + 1 >= ? then ? else locked_until end
			where lower(username) = lower(?) and (locked_until is null or locked_until <= ?)
			returning locked_until is not distinct from ?""";

	private final JdbcTemplate jdbc;

	private final SecurityAuditService audit;

	private final Clock clock;

	LoginAttemptListener(JdbcTemplate jdbc, SecurityAuditService audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		String username = event.getAuthentication().getName();
		if (!(event.getAuthentication().getPrincipal() instanceof PortalUser)) {
			return;
		}
		// one statement, without the account's version: logins of the same account at the
		// same moment (two devices, a shared office account) must not refuse each other,
		// nor make an administrator's open edit of the account stale
		this.jdbc.update(SUCCESS, Timestamp.from(this.clock.instant()), username);
		this.audit.record(AuditEventType.LOGIN_SUCCESS, username, username, null);
	}

	@EventListener
	void onFailure(AbstractAuthenticationFailureEvent event) {
		String username = String.valueOf(event.getAuthentication().getPrincipal());
		if (event instanceof AuthenticationFailureLockedEvent) {
			this.audit.record(AuditEventType.LOGIN_REFUSED_LOCKED, username, null, null);
			return;
		}
		if (event instanceof AuthenticationFailureDisabledEvent) {
			this.audit.record(AuditEventType.LOGIN_REFUSED_DISABLED, username, null, null);
			return;
		}
		this.audit.record(AuditEventType.LOGIN_FAILURE, username, null,
				event instanceof AuthenticationFailureBadCredentialsEvent ? null
						: event.getException().getClass().getSimpleName());
		if (!UserAccount.isPlausibleUsername(username)) {
			return;
		}
		Timestamp now = Timestamp.from(this.clock.instant());
		Timestamp until = Timestamp.from(this.clock.instant().plus(UserAccount.LOCK_DURATION));
		List<Boolean> locked = this.jdbc.query(FAILURE, (rs, n) -> rs.getBoolean(1), UserAccount.MAX_FAILED_ATTEMPTS,
				UserAccount.MAX_FAILED_ATTEMPTS, until, username, now, until);
		if (locked.contains(Boolean.TRUE)) {
			this.audit.record(AuditEventType.ACCOUNT_LOCKED, username, null,
					"locked for " + UserAccount.LOCK_DURATION.toMinutes() + " min");
		}
	}

	@EventListener
	void onLogout(LogoutSuccessEvent event) {
		this.audit.record(AuditEventType.LOGOUT, event.getAuthentication().getName(), null, null);
	}

	@EventListener
	void onDenied(AuthorizationDeniedEvent<?> event) {
		var auth = event.getAuthentication().get();
		if (auth != null && auth.getPrincipal() instanceof PortalUser user) {
			this.audit.record(AuditEventType.ACCESS_DENIED, user.getUsername(), null, null);
		}
	}

}
