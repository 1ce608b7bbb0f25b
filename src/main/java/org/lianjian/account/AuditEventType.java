package org.lianjian.account;

/**
 * What the security audit log records.
 */
public enum AuditEventType {

	LOGIN_SUCCESS, LOGIN_FAILURE, LOGIN_REFUSED_LOCKED, LOGIN_REFUSED_DISABLED, ACCOUNT_LOCKED, LOGOUT,
	PASSWORD_CHANGED, PASSWORD_RESET, ACCOUNT_CREATED, ACCOUNT_DISABLED, ACCOUNT_ENABLED, ROLE_CHANGED, SCOPE_CHANGED,
	ACCESS_DENIED, SESSION_ENDED, PASSWORD_CHANGE_FAILED, LOGIN_THROTTLED,

	/** An admin changed the official holiday schedule (module holiday). */
	HOLIDAY_CHANGED;

	public String messageKey() {
		return "audit.type." + name();
	}

}
