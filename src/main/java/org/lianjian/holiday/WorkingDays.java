package org.lianjian.holiday;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

/**
 * China's working days: Monday to Friday, less the official public holidays, plus the
 * make-up working days (调休) on weekends, as the General Office of the State Council
 * publishes them each year (kept at {@code /admin/holidays}). A year without an official
 * schedule falls back to weekends only; {@link #hasSchedule(int)} and
 * {@link #yearsWithoutSchedule(LocalDate, LocalDate)} tell the pages to warn about it
 * (template fragment {@code holiday/warning :: missingSchedule}).
 */
@Service
public class WorkingDays {

	private final HolidayCalendar calendar;

	WorkingDays(HolidayCalendar calendar) {
		this.calendar = calendar;
	}

	/**
	 * Whether {@code date} is a working day in mainland China.
	 * @param date the day
	 * @return false on a public holiday and on a weekend that is not a make-up working
	 * day
	 */
	public boolean isWorkingDay(LocalDate date) {
		YearSchedule schedule = this.calendar.year(date.getYear());
		if (schedule.holidays().contains(date)) {
			return false;
		}
		if (schedule.makeupWorkdays().contains(date)) {
			return true;
		}
		DayOfWeek day = date.getDayOfWeek();
		return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
	}

	/**
	 * The date reached after counting {@code days} working days after {@code from}
	 * ({@code from} itself is not counted): a deadline "within n working days of" a day.
	 * With {@code days == 0}, {@code from}.
	 * @param from the day counted from, working or not
	 * @param days how many working days, not negative
	 * @return the {@code days}-th working day after {@code from}
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
	 * included; 0 when {@code to} is not after {@code from}. So
	 * {@code workingDaysBetween(d, addWorkingDays(d, n)) == n}.
	 * @param from the day counted from (not counted)
	 * @param to the last day counted
	 * @return the working days after {@code from} up to and including {@code to}
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

	/**
	 * Whether the official holiday schedule of {@code year} has been entered. Without it
	 * the year's working days are Monday to Friday.
	 * @param year the year
	 * @return whether any holiday or make-up working day of that year is on record
	 */
	public boolean hasSchedule(int year) {
		return this.calendar.year(year).exists();
	}

	/**
	 * The years from {@code from}'s to {@code to}'s that have no official schedule, for
	 * the warning of a page whose deadlines fall in that period.
	 * @param from the first day of the period
	 * @param to the last day of the period
	 * @return those years, in order; empty when all have a schedule or {@code to} is
	 * before {@code from}
	 */
	public List<Integer> yearsWithoutSchedule(LocalDate from, LocalDate to) {
		List<Integer> missing = new ArrayList<>();
		for (int year = from.getYear(); year <= to.getYear(); year++) {
			if (!hasSchedule(year)) {
				missing.add(year);
			}
		}
		return missing;
	}

}
