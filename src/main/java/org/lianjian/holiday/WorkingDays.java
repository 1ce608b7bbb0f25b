package org.lianjian.holiday;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.springframework.stereotype.Service;

/**
 * China's working days: Monday to Friday, less the official public holidays, plus the
 * make-up working days (调休) on weekends. A year without an official schedule falls back
 * to weekends only; {@link #hasSchedule(int)} tells the pages to warn about it.
 */
@Service
public class WorkingDays {

	/** Whether {@code date} is a working day in mainland China. */
	public boolean isWorkingDay(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
	}

	/**
	 * The date reached after counting {@code days} working days after {@code from}
	 * ({@code from} itself is not counted). With {@code days == 0}, {@code from}.
	 * @throws IllegalArgumentException if {@code days} is negative
	 */
	public LocalDate addWorkingDays(LocalDate from, int days) {
		if (days < 0) {
			throw new IllegalArgumentException("days must not be negative: " + days);
		}
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

	/**
	 * The number of working days in {@code (from, to]}: {@code from} excluded, {@code to}
	 * included; 0 when {@code to} is not after {@code from}.
	 */
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		int count = 0;
		for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
			if (isWorkingDay(date)) {
				count++;
			}
		}
		return count;
	}

	/** Whether the official holiday schedule of {@code year} has been entered. */
	public boolean hasSchedule(int year) {
		return false;
	}

}
