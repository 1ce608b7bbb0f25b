package org.lianjian.activity;

/**
 * An activity was taken back to planned (it counts no more until it is held again).
 * Published in the transaction that reopens it.
 *
 * @param activityId the activity
 * @param from its status before
 * @param by the user who reopened it
 */
public record ActivityReopened(Long activityId, ActivityStatus from, String by) {

}
