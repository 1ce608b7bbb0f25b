package org.lianjian.matching;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A stage's due date and the date it turns red (past twice its allowance). Amber the day
 * after the due date, red the day after the red date.
 *
 * @param due the last day in time
 * @param red the last day before red
 */
public record Deadline(LocalDate due, LocalDate red) {

	static @Nullable Deadline of(@Nullable LocalDate due, @Nullable LocalDate red) {
		return (due == null || red == null) ? null : new Deadline(due, red);
	}

	/**
	 * The colour on a day.
	 * @param today the day
	 * @return on time, amber or red
	 */
	public Lateness on(LocalDate today) {
		if (today.isAfter(this.red)) {
			return Lateness.RED;
		}
		return today.isAfter(this.due) ? Lateness.AMBER : Lateness.ON_TIME;
	}

}
