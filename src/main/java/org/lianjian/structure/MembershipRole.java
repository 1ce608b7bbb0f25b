package org.lianjian.structure;

/**
 * The part an organisation plays in a network or committee it belongs to.
 */
public enum MembershipRole {

	CHAIR, VICE_CHAIR, MEMBER, SECRETARIAT;

	public String messageKey() {
		return "membership.role." + name();
	}

}
