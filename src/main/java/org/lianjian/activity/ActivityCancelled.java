package org.lianjian.activity;

/**
 * An activity was cancelled. Published in the transaction that cancels it.
 *
 * @param activityId the activity
 * @param from its status before
 * @param by the user who cancelled it
 */
public record ActivityCancelled(Long activityId, ActivityStatus from, String by) {

}
