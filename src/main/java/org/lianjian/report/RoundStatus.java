package org.lianjian.report;

/**
 * Where an evaluation round stands: open for scoring, closed (no more scores), or
 * published (the units' liaisons can read their scores and respond).
 */
public enum RoundStatus {

	OPEN, CLOSED, PUBLISHED;

	public String messageKey() {
		return "evaluation.status." + name();
	}

}
