package org.lianjian.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

/**
 * China's working days for the generator, by the same rule as the portal's
 * {@code holiday.WorkingDays} (whose constructor is the holiday module's own): Monday to
 * Friday, less the official holidays, plus the make-up working days, from the
 * {@code holiday_day} rows the migrations seed; a year without rows counts weekends only.
 * {@code DatasetGeneratorTests} checks the orders' deadlines against the portal's bean.
 */
final class ChinaWorkingDays {

	/** Day to whether it is a holiday (true) or a make-up working day (false). */
	private final Map<LocalDate, Boolean> days;

	ChinaWorkingDays(Map<LocalDate, Boolean> days) {
		this.days = Map.copyOf(days);
	}

	boolean isWorkingDay(LocalDate date) {
		Boolean holiday = this.days.get(date);
		if (holiday != null) {
			return !holiday;
		}
		return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

	/** The {@code days}-th working day after {@code from} ({@code from} not counted). */
	LocalDate add(LocalDate from, int days) {
		LocalDate date = from;
		int left = days;
		while (left > 0) {
			date = date.plusDays(1);
			if (isWorkingDay(date)) {
				left--;
			}
		}
		return date;
	}

	/** Working days in {@code (from, to]}. */
	int between(LocalDate from, LocalDate to) {
		int count = 0;
		for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
			if (isWorkingDay(date)) {
				count++;
			}
		}
		return count;
	}

}
