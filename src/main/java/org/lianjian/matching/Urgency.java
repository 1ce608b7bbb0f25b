package org.lianjian.matching;

/**
 * How urgent a need is: 一般, 较急, 紧急.
 */
public enum Urgency {

	NORMAL, PRESSING, URGENT;

	public String messageKey() {
		return "matching.urgency." + name();
	}

}
