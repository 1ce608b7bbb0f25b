package org.lianjian.holiday;

/**
 * The official schedule of a year was changed at {@code /admin/holidays}: working-day
 * counts and deadlines in that year may have moved.
 *
 * @param year the year whose days changed
 */
public record HolidayCalendarChanged(int year) {

}
