package org.lianjian.activity;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A festival template as listed, with its date in the year being looked at.
 *
 * @param id the id
 * @param code the festival tag of generated activities
 * @param name the festival
 * @param dateRule how the date is found
 * @param month month (lunar for LUNAR)
 * @param day day (lunar for LUNAR; null for MONTH)
 * @param activityType the default activity type
 * @param organiserName the default organiser, or null for the core
 * @param publicFlag whether generated activities are public
 * @param active whether generation includes it
 * @param dateInYear the resulting date in the year shown
 */
public record FestivalTemplateView(Long id, String code, String name, FestivalDateRule dateRule, int month,
		@Nullable Integer day, ActivityType activityType, @Nullable String organiserName, boolean publicFlag,
		boolean active, LocalDate dateInYear) {

}
