package org.lianjian.activity;

/**
 * How a festival template places its activity in a year.
 */
public enum FestivalDateRule {

	/** A fixed Gregorian month and day, e.g. 元旦 01-01. */
	FIXED,

	/** A lunar month and day, converted with the lunar-calendar library, e.g. 春节 1-1. */
	LUNAR,

	/**
	 * A month of the year (e.g. 全民健身节 in August): the activity is placed on the first
	 * Saturday of that month.
	 */
	MONTH

}
