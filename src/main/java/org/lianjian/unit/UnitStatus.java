package org.lianjian.unit;

/**
 * A unit is never deleted: it moves out or closes.
 */
public enum UnitStatus {

	ACTIVE, MOVED_OUT, CLOSED;

	public String messageKey() {
		return "unit.status." + name();
	}

}
