package org.lianjian.account;

import java.io.Serial;

import org.lianjian.shared.web.RuleViolationException;

/**
 * A wrong current password on the password form locked the account: the session that
 * tried is signed out, as a login would be refused.
 */
class PasswordLockedException extends RuleViolationException {

	@Serial
	private static final long serialVersionUID = 1L;

	PasswordLockedException() {
		super("currentPassword", "password.current.locked");
	}

}
