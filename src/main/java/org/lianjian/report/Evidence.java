package org.lianjian.report;

/**
 * The portal figure shown beside a criterion on the scoring form.
 */
public enum Evidence {

	/**
	 * Fulfilment of the unit's commitments that year, and their worst red/amber/green.
	 */
	FULFILMENT,
	/** Held activities the unit joined that year. */
	ACTIVITIES,
	/** Volunteers and volunteer hours of the unit that year. */
	HOURS,
	/** No figure in the portal: the area judges from its own knowledge. */
	RESPONSIVENESS,
	/** No figure in the portal: the area judges from residents' feedback. */
	SATISFACTION,
	/** No evidence. */
	NONE;

	public String messageKey() {
		return "evaluation.evidence." + name();
	}

}
