package org.lianjian.matching;

import java.math.BigDecimal;

/**
 * What a need's quantity and a resource's capacity count: hours, sessions (场),
 * person-times (人次), people, days, or money in 元.
 */
public enum Measure {

	HOURS, SESSIONS, PERSON_TIMES, PEOPLE, DAYS, MONEY;

	/** The largest quantity or capacity anything may state (the schema's bound). */
	public static final BigDecimal MAX = new BigDecimal("1000000");

	public String messageKey() {
		return "matching.measure." + name();
	}

	/**
	 * The unit numbers of this measure are shown with (小时, 场, 人次, 人, 天, 元).
	 * @return the message key
	 */
	public String unitKey() {
		return "matching.measure.unit." + name();
	}

}
