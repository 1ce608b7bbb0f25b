package org.lianjian.activity;

import org.lianjian.agreement.ActivityOutcomeChanged;

/**
 * An activity was taken back to planned (it counts no more until it is held again).
 * Published in the transaction that reopens it. The agreement module hears it as an
 * {@link ActivityOutcomeChanged} and brings the activity's automatic fulfilment in line
 * after the commit.
 *
 * @param activityId the activity
 * @param from its status before
 * @param by the user who reopened it
 */
public record ActivityReopened(Long activityId, ActivityStatus from, String by) implements ActivityOutcomeChanged {

}
