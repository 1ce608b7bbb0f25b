package org.lianjian.activity;

import java.math.BigDecimal;
import java.util.List;

/**
 * A unit's activities this year, for the unit page tab.
 *
 * @param year the year
 * @param activities activities the unit is a partner of
 * @param hours the unit's volunteer hours in held activities
 * @param volunteers the unit's volunteers in held activities
 */
public record UnitActivities(int year, List<ActivityView> activities, BigDecimal hours, long volunteers) {

}
