package org.lianjian.activity;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;

import org.lianjian.agreement.ActivityFulfilment;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Counts a held activity towards its linked commitments, or stops counting it, after the
 * change of the activity commits: it hears {@link ActivityHeld}, {@link ActivityReopened}
 * and {@link ActivityCancelled} and brings the agreement module's automatic fulfilment in
 * line with the activity as it now stands ({@link ActivityFulfilment#sync}, idempotent).
 * Each event is kept in the event publication registry until this has run, so the
 * fulfilment is never lost when the activity commits, never made when it rolls back, and
 * made again after a restart if the portal stopped in between.
 *
 * <p>
 * The listener sits here and not in the agreement module because the activity module
 * already depends on the agreement module (linkable commitments, link checks, photo
 * storage): the agreement module may not depend back on activity's events.
 */
@Component
class ActivityFulfilmentListener {

	private final ActivityRepository activities;

	private final ActivityFulfilment fulfilment;

	ActivityFulfilmentListener(ActivityRepository activities, ActivityFulfilment fulfilment) {
		this.activities = activities;
		this.fulfilment = fulfilment;
	}

	@ApplicationModuleListener
	void on(ActivityHeld event) {
		sync(event.activityId(), event.by());
	}

	@ApplicationModuleListener
	void on(ActivityReopened event) {
		sync(event.activityId(), event.by());
	}

	@ApplicationModuleListener
	void on(ActivityCancelled event) {
		sync(event.activityId(), event.by());
	}

	private void sync(Long activityId, String by) {
		this.activities.findById(activityId).ifPresent((a) -> {
			Map<Long, BigDecimal> byUnit = new HashMap<>();
			a.getUnitHours().forEach((h) -> byUnit.merge(h.getUnitId(), h.getHours(), BigDecimal::add));
			this.fulfilment.sync(
					new ActivityFulfilment.Figures(Objects.requireNonNull(a.getId()), a.getStartAt().toLocalDate(),
							a.getTitle(), new LinkedHashSet<>(a.getPartnerUnitIds()), byUnit, a.getResidentsServed()),
					a.getCommitmentIds(), a.getStatus() == ActivityStatus.HELD, by);
		});
	}

}
