package org.lianjian.unit;

/**
 * A liaison's change request for a protected field.
 */
public enum ChangeRequestStatus {

	PENDING, APPROVED, REJECTED;

	public String messageKey() {
		return "unit.request.status." + name();
	}

}
