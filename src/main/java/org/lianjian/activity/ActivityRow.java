package org.lianjian.activity;

import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

/**
 * The columns of an activity that a list row needs, read without loading the entity (no
 * summary, no collections).
 *
 * @param id the activity
 * @param title its title
 * @param type its kind
 * @param festivalTag festival or series code, if any
 * @param festivalYear the year of the festival, if tagged
 * @param start when it starts
 * @param end when it ends
 * @param positionId the position it takes place at, if any
 * @param venue free-text venue, if any
 * @param organiserOrgId the organising organisation
 * @param status planned, held or cancelled
 * @param publicFlag whether it is public
 */
record ActivityRow(Long id, String title, ActivityType type, @Nullable String festivalTag,
		@Nullable Integer festivalYear, LocalDateTime start, LocalDateTime end, @Nullable Long positionId,
		@Nullable String venue, Long organiserOrgId, ActivityStatus status, boolean publicFlag) {

	static ActivityRow of(Activity a) {
		return new ActivityRow(java.util.Objects.requireNonNull(a.getId()), a.getTitle(), a.getType(),
				a.getFestivalTag(), a.getFestivalYear(), a.getStartAt(), a.getEndAt(), a.getPositionId(),
				a.getVenueText(), a.getOrganiserOrgId(), a.getStatus(), a.isPublicFlag());
	}

}
