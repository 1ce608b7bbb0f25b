package org.lianjian.report;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/**
 * Forces a round's version increment through the entity manager.
 */
class RoundVersionsImpl implements RoundVersions {

	private final EntityManager em;

	RoundVersionsImpl(EntityManager em) {
		this.em = em;
	}

	@Override
	public void forceVersionIncrement(EvaluationRound round) {
		this.em.lock(round, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
		this.em.flush();
	}

}
