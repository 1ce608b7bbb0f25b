package org.lianjian.holiday;

import java.time.LocalDate;
import java.util.Set;

/**
 * A year's official schedule as the calendar reads it: its days off and its make-up
 * working days, both empty when the year has none.
 */
record YearSchedule(int year, Set<LocalDate> holidays, Set<LocalDate> makeupWorkdays) {

	YearSchedule {
		holidays = Set.copyOf(holidays);
		makeupWorkdays = Set.copyOf(makeupWorkdays);
	}

	boolean exists() {
		return !this.holidays.isEmpty() || !this.makeupWorkdays.isEmpty();
	}

}
