package org.lianjian.activity;

import java.time.LocalDateTime;

/**
 * An activity in a short list (the dashboard's upcoming card): only what the list shows,
 * read as a projection.
 *
 * @param id the activity
 * @param title its title
 * @param start when it starts
 */
public record ActivityBrief(Long id, String title, LocalDateTime start) {

	/**
	 * The brief form of a full view.
	 * @param view the view
	 * @return id, title and start of it
	 */
	public static ActivityBrief of(ActivityView view) {
		return new ActivityBrief(view.id(), view.title(), view.start());
	}

}
