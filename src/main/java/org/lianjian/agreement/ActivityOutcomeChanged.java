package org.lianjian.agreement;

/**
 * What an event says when an activity's outcome may have changed: held, its figures
 * corrected, reopened or cancelled. The agreement module brings the activity's automatic
 * fulfilment in line after the event commits ({@link ActivityFulfilmentListener}).
 *
 * <p>
 * The agreement module owns this contract and the activity module's events implement it
 * ({@code activity.ActivityHeld}, {@code ActivityReopened}, {@code ActivityCancelled}):
 * the activity module depends on the agreement module (linkable commitments, link checks,
 * photo storage), so the agreement module may not name activity's types, yet it is the
 * one that reacts.
 */
public interface ActivityOutcomeChanged {

	/**
	 * The activity.
	 * @return its id
	 */
	Long activityId();

	/**
	 * Who changed it; the automatic records and the agreement's history carry the name.
	 * @return the user name
	 */
	String by();

}
