package org.lianjian.structure;

/**
 * Organisations are retired, never deleted: other records may point at them.
 */
public enum OrganisationStatus {

	ACTIVE, RETIRED;

	public String messageKey() {
		return "organisation.status." + name();
	}

}
