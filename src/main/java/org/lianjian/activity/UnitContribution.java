package org.lianjian.activity;

import java.math.BigDecimal;

/**
 * What a unit gave through activities and its positions in one calendar year, for the
 * two-way service tab of the unit page.
 *
 * @param year the year
 * @param hours the unit's volunteer hours logged on held activities that started in the
 * year (the activities tab's and the hours ranking's definition)
 * @param volunteers the unit's volunteers on those activities
 * @param sessions held activities that started in the year with the unit as a partner
 * @param venueDays the days of the year on which a position or base the unit owns was
 * booked, up to today (bookings not cancelled; a booking over several days counts each
 * day)
 */
public record UnitContribution(int year, BigDecimal hours, long volunteers, long sessions, long venueDays) {

}
