package org.lianjian.matching;

/**
 * How late an open stage is: on time, past due (amber), past twice its allowance (red).
 */
public enum Lateness {

	ON_TIME, AMBER, RED;

	public String messageKey() {
		return "matching.lateness." + name();
	}

}
