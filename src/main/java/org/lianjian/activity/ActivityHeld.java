package org.lianjian.activity;

import java.time.LocalDate;

import org.lianjian.agreement.ActivityOutcomeChanged;

/**
 * An activity was recorded as held, or the figures of a held activity (hours, partners,
 * linked commitments, residents served) were corrected. Published in the transaction that
 * records it. The agreement module hears it as an {@link ActivityOutcomeChanged} and
 * brings the activity's automatic fulfilment in line after the commit.
 *
 * @param activityId the activity
 * @param on the day it took place
 * @param correction whether it was held already (a correction, not a new report)
 * @param by the user who recorded it
 */
public record ActivityHeld(Long activityId, LocalDate on, boolean correction,
		String by) implements ActivityOutcomeChanged {

}
