package org.lianjian.activity;

import org.lianjian.agreement.ActivityOutcomeChanged;

/**
 * An activity was cancelled. Published in the transaction that cancels it. The agreement
 * module hears it as an {@link ActivityOutcomeChanged} and brings the activity's
 * automatic fulfilment in line after the commit.
 *
 * @param activityId the activity
 * @param from its status before
 * @param by the user who cancelled it
 */
public record ActivityCancelled(Long activityId, ActivityStatus from, String by) implements ActivityOutcomeChanged {

}
