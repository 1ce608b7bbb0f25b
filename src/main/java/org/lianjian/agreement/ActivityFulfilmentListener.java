package org.lianjian.agreement;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Counts a held activity towards its linked commitments, or stops counting it, after the
 * change of the activity commits: it hears every {@link ActivityOutcomeChanged} (the
 * activity module's {@code ActivityHeld}, {@code ActivityReopened} and
 * {@code ActivityCancelled}) and brings the automatic fulfilment in line with the
 * activity as it now stands ({@link ActivityOutcomes}, then
 * {@link ActivityFulfilment#sync}, idempotent), in the name of the user who changed the
 * activity. Each event is kept in the event publication registry until this has run, so
 * the fulfilment is never lost when the activity commits, never made when it rolls back,
 * and made again after a restart if the portal stopped in between.
 *
 * <p>
 * The agreement module starts without the activity module (a module test); an event heard
 * then fails and stays in the registry rather than being dropped.
 *
 * <p>
 * The listener's id is fixed ({@value #ID}) rather than derived from the method, so that
 * publications waiting in the registry still find it after a rename; V135 moved the
 * waiting publications of its predecessor in the activity module to it.
 */
@Component
class ActivityFulfilmentListener {

	/** The listener's id in the event publication registry. */
	static final String ID = "agreement.activity-fulfilment";

	private final ObjectProvider<ActivityOutcomes> outcomes;

	private final ActivityFulfilment fulfilment;

	ActivityFulfilmentListener(ObjectProvider<ActivityOutcomes> outcomes, ActivityFulfilment fulfilment) {
		this.outcomes = outcomes;
		this.fulfilment = fulfilment;
	}

	@ApplicationModuleListener(id = ID)
	void on(ActivityOutcomeChanged event) {
		ActivityOutcomes source = this.outcomes.getIfAvailable();
		if (source == null) {
			// the publication stays incomplete and is tried again at the next start
			throw new IllegalStateException("No ActivityOutcomes to read activity " + event.activityId());
		}
		source.find(event.activityId())
			.ifPresent((o) -> this.fulfilment.sync(o.figures(), o.commitmentIds(), o.held(), event.by()));
	}

}
