package org.lianjian.activity;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.lianjian.agreement.ActivityFulfilment;
import org.lianjian.agreement.ActivityOutcomes;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The activities as the agreement module's automatic fulfilment reads them
 * ({@link ActivityOutcomes}): the dependency points from activity to agreement, never
 * back. Read by id, whoever asks: the listener runs after the commit, with no user.
 */
@Component
class AgreementActivityOutcomes implements ActivityOutcomes {

	private final ActivityRepository activities;

	AgreementActivityOutcomes(ActivityRepository activities) {
		this.activities = activities;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Outcome> find(Long activityId) {
		return this.activities.findById(activityId).map((a) -> {
			Map<Long, BigDecimal> byUnit = new HashMap<>();
			a.getUnitHours().forEach((h) -> byUnit.merge(h.getUnitId(), h.getHours(), BigDecimal::add));
			ActivityFulfilment.Figures figures = new ActivityFulfilment.Figures(Objects.requireNonNull(a.getId()),
					a.getStartAt().toLocalDate(), a.getTitle(), new LinkedHashSet<>(a.getPartnerUnitIds()), byUnit,
					a.getResidentsServed());
			return new Outcome(figures, new LinkedHashSet<>(a.getCommitmentIds()),
					a.getStatus() == ActivityStatus.HELD);
		});
	}

}
