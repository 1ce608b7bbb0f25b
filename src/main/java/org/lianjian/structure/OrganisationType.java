package org.lianjian.structure;

/**
 * What kind of body an organisation is.
 */
public enum OrganisationType {

	WORKING_COMMITTEE, CIRCLE_HUB, NETWORK, RESIDENTIAL_PARTY_ORG, COMPREHENSIVE_PARTY_COMMITTEE,
	COORDINATION_COMMITTEE, UNIT_PARTY_ORG, LIAISON_OFFICE, CO_GOVERNANCE_COMMITTEE, OTHER;

	public String messageKey() {
		return "organisation.type." + name();
	}

}
