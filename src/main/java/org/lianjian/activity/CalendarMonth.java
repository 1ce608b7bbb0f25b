package org.lianjian.activity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One month of the activity calendar: weeks of days (Monday first). Each day holds its
 * first few activities and its total, so a month costs the same however busy it is; the
 * rest of a busy day is on its day page.
 *
 * @param month the month
 * @param type the type filter, if any
 * @param weeks weeks of seven days; days outside the month hold no activities
 * @param count the number of activities in the month
 */
public record CalendarMonth(YearMonth month, @Nullable ActivityType type, List<List<CalendarDay>> weeks, int count) {

	/** How many activities a day cell shows at most. */
	static final int PER_DAY = 3;

	/**
	 * A day of the grid.
	 *
	 * @param date the day
	 * @param inMonth whether it belongs to the month shown
	 * @param today whether it is today
	 * @param activities its first activities, by start time
	 * @param total how many activities it holds
	 */
	public record CalendarDay(LocalDate date, boolean inMonth, boolean today, List<CalendarEntry> activities,
			int total) {

		/**
		 * The activities not shown in the cell.
		 * @return total minus those shown
		 */
		public int more() {
			return this.total - this.activities.size();
		}

		/**
		 * The cell's CSS classes.
		 * @return outside the month, today, without activities
		 */
		public String cssClass() {
			String css = this.inMonth ? "" : "calendar-outside ";
			css = this.today ? css + "calendar-today " : css;
			return (this.total == 0) ? css + "calendar-idle" : css;
		}

	}

	/**
	 * Lays out a month.
	 * @param month the month
	 * @param type the filter
	 * @param entries the first activities of each day of the month, with their day's
	 * total
	 * @param today today
	 * @return the month
	 */
	static CalendarMonth of(YearMonth month, @Nullable ActivityType type, List<CalendarQueries.DayEntry> entries,
			LocalDate today) {
		Map<LocalDate, List<CalendarEntry>> byDay = new HashMap<>();
		Map<LocalDate, Integer> totals = new HashMap<>();
		for (CalendarQueries.DayEntry e : entries) {
			LocalDate day = e.entry().start().toLocalDate();
			byDay.computeIfAbsent(day, (d) -> new ArrayList<>()).add(e.entry());
			totals.put(day, e.dayTotal());
		}
		LocalDate first = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
		List<List<CalendarDay>> weeks = new ArrayList<>();
		List<CalendarDay> week = new ArrayList<>();
		int count = 0;
		for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
			boolean inMonth = YearMonth.from(d).equals(month);
			List<CalendarEntry> list = inMonth ? byDay.getOrDefault(d, List.of()) : List.of();
			int total = inMonth ? totals.getOrDefault(d, 0) : 0;
			week.add(new CalendarDay(d, inMonth, d.equals(today), List.copyOf(list), total));
			count += total;
			if (week.size() == 7) {
				weeks.add(List.copyOf(week));
				week.clear();
			}
		}
		return new CalendarMonth(month, type, List.copyOf(weeks), count);
	}

	public YearMonth previous() {
		return this.month.minusMonths(1);
	}

	public YearMonth next() {
		return this.month.plusMonths(1);
	}

}
