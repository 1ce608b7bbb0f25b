package org.lianjian.account;

/**
 * The four roles of the portal.
 */
public enum Role {

	/** Everything, including accounts. */
	ADMIN,
	/** All domain data, not accounts. */
	STAFF,
	/** One organisation and its subtree. */
	SECRETARY,
	/** One resident unit. */
	LIAISON;

	public String authority() {
		return "ROLE_" + name();
	}

	public String messageKey() {
		return "role." + name();
	}

}
