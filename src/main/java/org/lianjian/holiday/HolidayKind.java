package org.lianjian.holiday;

/**
 * What the official schedule makes of a day: a day off (放假), or a weekend day worked to
 * make up for one (调休上班).
 */
public enum HolidayKind {

	/** A day off of a public holiday, whatever its weekday. */
	HOLIDAY,

	/** A Saturday or Sunday that is a working day (调休上班). */
	MAKEUP_WORKDAY;

	public String messageKey() {
		return "holiday.kind." + name();
	}

}
