package org.lianjian.activity;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * An activity as the calendar shows it: no more than a link, a time and a type.
 *
 * @param id the activity
 * @param title its title
 * @param type its kind
 * @param status planned, held or cancelled
 * @param start when it starts
 * @param end when it ends
 */
public record CalendarEntry(Long id, String title, ActivityType type, ActivityStatus status, LocalDateTime start,
		LocalDateTime end) {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	/**
	 * The start time as the calendar prints it, with one shared formatter.
	 * @return HH:mm
	 */
	public String time() {
		return TIME.format(this.start);
	}

	public boolean cancelled() {
		return this.status == ActivityStatus.CANCELLED;
	}

}
