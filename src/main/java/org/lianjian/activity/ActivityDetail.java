package org.lianjian.activity;

import java.math.BigDecimal;
import java.time.Instant;
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
 * @param rights what the current user may do with it
 * @param ownUnitId the only unit whose hours the current user may change (a liaison's),
 * or null for every partner unit
 * @param history its changes, newest first
 */
public record ActivityDetail(Long id, long version, String title, ActivityType type, @Nullable String festivalTag,
		@Nullable Integer festivalYear, LocalDateTime start, LocalDateTime end, @Nullable Long positionId,
		@Nullable String venue, Long organiserOrgId, String organiserName, List<Ref> partners, @Nullable Long projectId,
		List<Ref> commitments, ActivityStatus status, boolean publicFlag, @Nullable Integer residentsServed,
		@Nullable String summary, List<HoursView> unitHours, List<VolunteerView> volunteers, List<Long> photoIds,
		int totalVolunteers, BigDecimal totalHours, Rights rights, @Nullable Long ownUnitId, List<ChangeView> history) {

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
	 * What the current user may do, computed by the service (the page shows a button only
	 * for what the user may do).
	 *
	 * @param edit edit the activity
	 * @param markHeld mark it held, or correct the figures once held
	 * @param reopen take it back to planned
	 * @param cancel cancel it
	 * @param recordOwnHours record their own unit's hours (a partner liaison who does not
	 * organise it, once it is held)
	 */
	public record Rights(boolean edit, boolean markHeld, boolean reopen, boolean cancel, boolean recordOwnHours) {

		/** Whether the page shows any action at all. */
		public boolean any() {
			return this.edit || this.markHeld || this.reopen || this.cancel || this.recordOwnHours;
		}

	}

	/**
	 * A change in the history.
	 *
	 * @param changedAt when
	 * @param changedBy who
	 * @param field which field (a message key suffix)
	 * @param unitName for hours: whose
	 * @param oldValue before
	 * @param newValue after
	 */
	public record ChangeView(Instant changedAt, @Nullable String changedBy, String field, @Nullable String unitName,
			@Nullable String oldValue, @Nullable String newValue) {

		/** Whether the values are enum names to translate (type, status). */
		public @Nullable String valuePrefix() {
			return switch (this.field) {
				case "type" -> "activity.type.";
				case "status" -> "activity.status.";
				case "publicFlag" -> "activity.history.bool.";
				default -> null;
			};
		}

	}

	/**
	 * An id with a name.
	 *
	 * @param id the id
	 * @param name the name
	 * @param open whether the reader may open its page (else the page shows the name as
	 * plain text)
	 */
	public record Ref(Long id, String name, boolean open) {

		static List<Ref> of(java.util.Collection<Long> ids, java.util.Map<Long, String> names,
				java.util.Set<Long> open) {
			return ids.stream().map((i) -> new Ref(i, names.getOrDefault(i, "#" + i), open.contains(i))).toList();
		}

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
