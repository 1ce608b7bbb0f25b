package org.lianjian.activity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.nlf.calendar.Lunar;
import com.nlf.calendar.Solar;
import org.jspecify.annotations.Nullable;

/**
 * Turns a festival date rule into the Gregorian date for a year. Lunar dates come from
 * the cn.6tail lunar library, never from a hand-typed table.
 */
final class FestivalDates {

	/**
	 * Lunar dates already converted: the conversion is pure but costs more than the rest
	 * of a home page's festival list, which converts each lunar festival at every visit.
	 */
	private static final Map<Integer, LocalDate> LUNAR = new ConcurrentHashMap<>();

	/**
	 * More conversions than any run of the portal needs; past it the map starts again.
	 */
	private static final int KEPT = 4096;

	private FestivalDates() {
	}

	/**
	 * The Gregorian date of a lunar month and day in a lunar year.
	 * @param lunarYear the lunar year (春节 of lunar year Y falls in Gregorian year Y)
	 * @param month the lunar month, 1..12
	 * @param day the lunar day, 1..30
	 * @return the Gregorian date
	 */
	static LocalDate lunar(int lunarYear, int month, int day) {
		if (LUNAR.size() > KEPT) {
			LUNAR.clear();
		}
		return LUNAR.computeIfAbsent((lunarYear * 100 + month) * 100 + day, (key) -> convert(lunarYear, month, day));
	}

	private static LocalDate convert(int lunarYear, int month, int day) {
		Solar solar;
		try {
			solar = Lunar.fromYmd(lunarYear, month, day).getSolar();
		}
		catch (IllegalArgumentException ex) {
			// day 30 of a short (29-day) month: its last day, as for 除夕
			solar = Lunar.fromYmd(lunarYear, month, 29).getSolar();
		}
		return LocalDate.of(solar.getYear(), solar.getMonth(), solar.getDay());
	}

	/**
	 * The Gregorian date in {@code year} of a lunar month and day. Late lunar months fall
	 * in the next Gregorian year; then the previous lunar year's occurrence is taken.
	 */
	static LocalDate lunarInYear(int year, int month, int day) {
		LocalDate date = lunar(year, month, day);
		return (date.getYear() > year) ? lunar(year - 1, month, day) : date;
	}

	/**
	 * The date of a template's activity in a year.
	 * @param rule the rule
	 * @param year the year
	 * @param month month (Gregorian for FIXED and MONTH, lunar for LUNAR)
	 * @param day the day (ignored for MONTH)
	 * @return the date
	 */
	static LocalDate dateIn(FestivalDateRule rule, int year, int month, @Nullable Integer day) {
		return switch (rule) {
			case FIXED -> LocalDate.of(year, month, day == null ? 1 : day);
			case LUNAR -> lunarInYear(year, month, day == null ? 1 : day);
			case MONTH -> LocalDate.of(year, month, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.SATURDAY));
		};
	}

}
