package org.lianjian.agreement;

import java.util.Optional;
import java.util.Set;

/**
 * The activities as the automatic fulfilment reads them, implemented by the activity
 * module (the dependency points from activity to agreement, never back). The listener
 * reads the activity as it stands when it runs, not as an event described it, so an event
 * handled late or twice cannot bring old figures back.
 */
public interface ActivityOutcomes {

	/**
	 * The activity's outcome now.
	 * @param activityId the activity
	 * @return its figures, links and whether it counts; empty if there is no such
	 * activity
	 */
	Optional<Outcome> find(Long activityId);

	/**
	 * An activity's outcome.
	 *
	 * @param figures what it did
	 * @param commitmentIds the commitments it is linked to
	 * @param held whether it counts (held, not planned or cancelled)
	 */
	record Outcome(ActivityFulfilment.Figures figures, Set<Long> commitmentIds, boolean held) {

	}

}
