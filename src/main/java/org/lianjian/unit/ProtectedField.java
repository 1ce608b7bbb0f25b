package org.lianjian.unit;

/**
 * Fields a liaison may not change directly: they ask staff with a change request.
 */
public enum ProtectedField {

	NAME, CREDIT_CODE, CATEGORY, ADMIN_RANK;

	public String messageKey() {
		return "unit.field." + name();
	}

}
