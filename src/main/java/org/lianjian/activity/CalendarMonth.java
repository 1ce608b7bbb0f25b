package org.lianjian.activity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One month of the activity calendar: weeks of days (Monday first) for the grid, and the
 * days that hold activities for the phone list.
 *
 * @param month the month
 * @param type the type filter, if any
 * @param weeks weeks of seven days; days outside the month hold no activities
 * @param busyDays the month's days with activities, in order
 * @param count the number of activities in the month
 */
public record CalendarMonth(YearMonth month, @Nullable ActivityType type, List<List<CalendarDay>> weeks,
		List<CalendarDay> busyDays, int count) {

	/**
	 * A day of the grid.
	 *
	 * @param date the day
	 * @param inMonth whether it belongs to the month shown
	 * @param today whether it is today
	 * @param activities its activities, by start time
	 */
	public record CalendarDay(LocalDate date, boolean inMonth, boolean today, List<ActivityView> activities) {

	}

	/**
	 * Lays out a month.
	 * @param month the month
	 * @param type the filter
	 * @param activities the month's activities (any order)
	 * @param today today
	 * @return the month
	 */
	static CalendarMonth of(YearMonth month, @Nullable ActivityType type, List<ActivityView> activities,
			LocalDate today) {
		Map<LocalDate, List<ActivityView>> byDay = new LinkedHashMap<>();
		activities.stream()
			.filter((a) -> YearMonth.from(a.start()).equals(month))
			.sorted((a, b) -> a.start().compareTo(b.start()))
			.forEach((a) -> byDay.computeIfAbsent(a.start().toLocalDate(), (d) -> new ArrayList<>()).add(a));
		LocalDate first = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
		List<List<CalendarDay>> weeks = new ArrayList<>();
		List<CalendarDay> busy = new ArrayList<>();
		List<CalendarDay> week = new ArrayList<>();
		int count = 0;
		for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
			boolean inMonth = YearMonth.from(d).equals(month);
			List<ActivityView> list = inMonth ? byDay.getOrDefault(d, List.of()) : List.of();
			CalendarDay day = new CalendarDay(d, inMonth, d.equals(today), List.copyOf(list));
			week.add(day);
			if (!list.isEmpty()) {
				busy.add(day);
				count += list.size();
			}
			if (week.size() == 7) {
				weeks.add(List.copyOf(week));
				week.clear();
			}
		}
		return new CalendarMonth(month, type, List.copyOf(weeks), List.copyOf(busy), count);
	}

	public YearMonth previous() {
		return this.month.minusMonths(1);
	}

	public YearMonth next() {
		return this.month.plusMonths(1);
	}

}
