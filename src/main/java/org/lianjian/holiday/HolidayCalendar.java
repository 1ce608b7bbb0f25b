package org.lianjian.holiday;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads a year's official schedule, one statement a year, kept in the cache
 * {@value #CACHE} until an edit of the calendar commits or rolls back
 * ({@link HolidayCalendarEviction}).
 */
@Component
class HolidayCalendar {

	static final String CACHE = "holiday-calendar";

	private final NamedParameterJdbcTemplate jdbc;

	HolidayCalendar(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Cacheable(CACHE)
	public YearSchedule year(int year) {
		Set<LocalDate> holidays = new HashSet<>();
		Set<LocalDate> makeups = new HashSet<>();
		MapSqlParameterSource params = new MapSqlParameterSource("first", LocalDate.of(year, 1, 1)).addValue("next",
				LocalDate.of(year + 1, 1, 1));
		this.jdbc.query("select day, kind from holiday_day where day >= :first and day < :next", params, (rs) -> {
			LocalDate day = rs.getObject("day", LocalDate.class);
			(HolidayKind.valueOf(rs.getString("kind")) == HolidayKind.HOLIDAY ? holidays : makeups).add(day);
		});
		return new YearSchedule(year, holidays, makeups);
	}

}
