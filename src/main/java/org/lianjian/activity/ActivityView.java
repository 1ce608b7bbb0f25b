package org.lianjian.activity;

import java.time.LocalDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An activity in a list, on the calendar or in a feed.
 *
 * @param id the activity
 * @param title its title
 * @param type its kind
 * @param festivalTag festival or series code, if any
 * @param festivalYear the year of the festival, if tagged
 * @param start when it starts
 * @param end when it ends
 * @param positionId the position (阵地) it takes place at, if any
 * @param venue free-text venue, if any
 * @param organiserOrgId the organising organisation
 * @param organiserName its name
 * @param status planned, held or cancelled
 * @param publicFlag whether it is public
 * @param partnerNames names of the partner units
 */
public record ActivityView(Long id, String title, ActivityType type, @Nullable String festivalTag,
		@Nullable Integer festivalYear, LocalDateTime start, LocalDateTime end, @Nullable Long positionId,
		@Nullable String venue, Long organiserOrgId, String organiserName, ActivityStatus status, boolean publicFlag,
		List<String> partnerNames) {

}
