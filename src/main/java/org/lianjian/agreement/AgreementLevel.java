package org.lianjian.agreement;

/**
 * The two levels of the source article: the working committee with a unit's sector
 * committee, and a residential-area organisation with a local unit's party organisation.
 */
public enum AgreementLevel {

	SUB_DISTRICT, BRANCH;

	public String messageKey() {
		return "agreement.level." + name();
	}

}
