package org.lianjian.activity;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.lianjian.account.DataScope;
import org.lianjian.shared.sql.ScopeClause;

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
		String sql = "select id, title, type, status, start_at, end_at, day_total from (" + " select " + COLUMNS + ","
				+ " row_number() over (partition by cast(a.start_at as date) order by a.start_at, a.id) as day_rank,"
				+ " count(*) over (partition by cast(a.start_at as date)) as day_total" + " from activity a where "
				+ where(scope, type) + ") t where day_rank <= :perDay order by start_at, id";
		return params(this.jdbc.sql(sql), from, to, type, scope).param("perDay", perDay)
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
		String sql = "select " + COLUMNS + " from activity a where " + where(scope, type)
				+ " order by a.start_at, a.id";
		return params(this.jdbc.sql(sql), from, to, type, scope).query((rs, n) -> entry(rs)).list();
	}

	private static String where(DataScope scope, @Nullable ActivityType type) {
		StringBuilder where = new StringBuilder("a.start_at >= :from and a.start_at < :to");
		if (type != null) {
			where.append(" and a.type = :type");
		}
		if (!scope.isAll()) {
			where.append(" and ").append(ActivityListQueries.SCOPE.sql());
		}
		return where.toString();
	}

	private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec spec, LocalDate from, LocalDate to,
			@Nullable ActivityType type, DataScope scope) {
		JdbcClient.StatementSpec s = spec.param("from", from.atStartOfDay()).param("to", to.atStartOfDay());
		if (type != null) {
			s = s.param("type", type.name());
		}
		if (!scope.isAll()) {
			s = s.param(ScopeClause.ORGANISATIONS, scope.organisationIdsForQuery().toArray(Long[]::new))
				.param(ScopeClause.UNIT, scope.unitIdForQuery());
		}
		return s;
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
