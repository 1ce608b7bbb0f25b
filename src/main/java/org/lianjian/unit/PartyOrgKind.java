package org.lianjian.unit;

/**
 * The unit's party organisation: 党委, 党总支 or 党支部.
 */
public enum PartyOrgKind {

	COMMITTEE, GENERAL_BRANCH, BRANCH;

	public String messageKey() {
		return "unit.partyOrgKind." + name();
	}

}
