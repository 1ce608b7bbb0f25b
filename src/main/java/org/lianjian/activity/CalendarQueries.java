package org.lianjian.activity;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.lianjian.account.DataScope;
import org.lianjian.shared.sql.SqlWhere;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The calendar's reads in plain SQL: only the columns a calendar shows, a bounded number
 * of activities per day and every day's total counted by the database, so that the page
 * costs the same for a quiet month and for a month of hundreds of activities.
 * <p>
 * Visibility is {@link ActivityListQueries#SCOPE} in SQL: staff see everything; others
 * what their organisations organise, what their unit is a partner of, and public ones.
 */
@Repository
class CalendarQueries {

	private static final String COLUMNS = "a.id, a.title, a.type, a.status, a.start_at, a.end_at";

	private final JdbcClient jdbc;

	CalendarQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The first activities of each day of a period, by start time, with the day's total;
	 * one statement whatever the number of activities.
	 * @param from first day
	 * @param to day after the last
	 * @param type only this kind, or null for all
	 * @param scope whose view
	 * @param perDay how many activities per day at most
	 * @return entries by start, at most {@code perDay} a day; each carries its day's
	 * total
	 */
	List<DayEntry> firstOfEachDay(LocalDate from, LocalDate to, @Nullable ActivityType type, DataScope scope,
			int perDay) {
		MapSqlParameterSource p = new MapSqlParameterSource("perDay", perDay);
		String sql = "select id, title, type, status, start_at, end_at, day_total from (" + " select " + COLUMNS + ","
				+ " row_number() over (partition by cast(a.start_at as date) order by a.start_at, a.id) as day_rank,"
				+ " count(*) over (partition by cast(a.start_at as date)) as day_total" + " from activity a"
				+ where(scope, from, to, type, p) + ") t where day_rank <= :perDay order by start_at, id";
		return this.jdbc.sql(sql)
			.paramSource(p)
			.query((rs, n) -> new DayEntry(entry(rs), rs.getInt("day_total")))
			.list();
	}

	/**
	 * All activities of a period that a scope may see, by start time.
	 * @param from first day
	 * @param to day after the last
	 * @param type only this kind, or null for all
	 * @param scope whose view
	 * @return by start
	 */
	List<CalendarEntry> all(LocalDate from, LocalDate to, @Nullable ActivityType type, DataScope scope) {
		MapSqlParameterSource p = new MapSqlParameterSource();
		String sql = "select " + COLUMNS + " from activity a" + where(scope, from, to, type, p)
				+ " order by a.start_at, a.id";
		return this.jdbc.sql(sql).paramSource(p).query((rs, n) -> entry(rs)).list();
	}

	/** The period, the kind, and the list's scope ({@link ActivityListQueries#SCOPE}). */
	private static String where(DataScope scope, LocalDate from, LocalDate to, @Nullable ActivityType type,
			MapSqlParameterSource p) {
		return SqlWhere.of(p)
			.when("a.start_at >= :from", "from", from.atStartOfDay())
			.when("a.start_at < :to", "to", to.atStartOfDay())
			.when("a.type = :type", "type", type)
			.scope(ActivityListQueries.SCOPE, scope)
			.sql();
	}

	private static CalendarEntry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new CalendarEntry(rs.getLong("id"), rs.getString("title"), ActivityType.valueOf(rs.getString("type")),
				ActivityStatus.valueOf(rs.getString("status")), rs.getObject("start_at", LocalDateTime.class),
				rs.getObject("end_at", LocalDateTime.class));
	}

	/**
	 * An activity among the first of its day, with the day's total.
	 *
	 * @param entry the activity
	 * @param dayTotal how many activities the day holds
	 */
	record DayEntry(CalendarEntry entry, int dayTotal) {

	}

}
