package org.lianjian.account;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts failed logins (five lock the account for fifteen minutes) and writes every login
 * outcome to the audit log.
 */
@Component
class LoginAttemptListener {

	private final UserAccountRepository accounts;

	private final SecurityAuditService audit;

	private final TransactionTemplate tx;

	private final Clock clock;

	LoginAttemptListener(UserAccountRepository accounts, SecurityAuditService audit, TransactionTemplate tx,
			Clock clock) {
		this.accounts = accounts;
		this.audit = audit;
		this.tx = tx;
		this.clock = clock;
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		String username = event.getAuthentication().getName();
		if (!(event.getAuthentication().getPrincipal() instanceof PortalUser)) {
			return;
		}
		this.tx.executeWithoutResult(
				(s) -> this.accounts.findByUsername(username).ifPresent((a) -> a.recordSuccess(this.clock.instant())));
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
		Boolean locked = this.tx.execute((s) -> this.accounts.findByUsername(username)
			.map((a) -> a.recordFailure(this.clock.instant()))
			.orElse(false));
		if (Boolean.TRUE.equals(locked)) {
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
