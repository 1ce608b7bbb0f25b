package org.lianjian.activity;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Everything the activity page shows.
 *
 * @param id the activity
 * @param version its version
 * @param title title
 * @param type kind
 * @param festivalTag festival or series code
 * @param festivalYear year of the festival
 * @param start start
 * @param end end
 * @param positionId position (阵地), if any
 * @param venue free-text venue
 * @param organiserOrgId organiser
 * @param organiserName organiser's name
 * @param partners partner units
 * @param projectId service project, if any
 * @param commitments commitments it counts towards
 * @param status status
 * @param publicFlag public or internal
 * @param residentsServed residents served, once held
 * @param summary summary, once held
 * @param unitHours volunteers and hours per unit
 * @param volunteers named volunteers
 * @param photoIds attachment ids of the photos
 * @param totalVolunteers sum of volunteers
 * @param totalHours sum of hours
 * @param editable whether the current user may change it
 */
public record ActivityDetail(Long id, long version, String title, ActivityType type, @Nullable String festivalTag,
		@Nullable Integer festivalYear, LocalDateTime start, LocalDateTime end, @Nullable Long positionId,
		@Nullable String venue, Long organiserOrgId, String organiserName, List<Ref> partners, @Nullable Long projectId,
		List<Ref> commitments, ActivityStatus status, boolean publicFlag, @Nullable Integer residentsServed,
		@Nullable String summary, List<HoursView> unitHours, List<VolunteerView> volunteers, List<Long> photoIds,
		int totalVolunteers, BigDecimal totalHours, boolean editable) {

	public boolean planned() {
		return this.status == ActivityStatus.PLANNED;
	}

	public boolean held() {
		return this.status == ActivityStatus.HELD;
	}

	public boolean cancelled() {
		return this.status == ActivityStatus.CANCELLED;
	}

	/**
	 * An id with a name.
	 *
	 * @param id the id
	 * @param name the name
	 */
	public record Ref(Long id, String name) {

	}

	/**
	 * Volunteers and hours of one unit.
	 *
	 * @param unitId the unit
	 * @param unitName its name
	 * @param volunteers volunteers
	 * @param hours hours
	 */
	public record HoursView(Long unitId, String unitName, int volunteers, BigDecimal hours) {

	}

	/**
	 * A named volunteer.
	 *
	 * @param name name
	 * @param unitName their unit's name, if any
	 * @param hours hours
	 */
	public record VolunteerView(String name, @Nullable String unitName, BigDecimal hours) {

	}

}
