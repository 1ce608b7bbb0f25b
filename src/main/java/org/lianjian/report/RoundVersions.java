package org.lianjian.report;

/**
 * Moves a round's version when a part of it (criteria, recognitions) changed.
 */
interface RoundVersions {

	void forceVersionIncrement(EvaluationRound round);

}
