package org.lianjian.activity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.lianjian.account.DataScope;
import org.lianjian.account.ScopeService;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the home page lists as to-dos about activities, one statement per list: this
 * month's festivals that staff have not planned or not marked held, and the held
 * activities a liaison's unit is a partner of whose hours the unit has not entered.
 */
@Service
public class ActivityTodos {

	private static final String FESTIVALS = """
			select t.code, t.name, t.date_rule, t.month, t.day, a.id as activity_id, a.status, a.start_at
			from festival_template t
			left join activity a on a.festival_tag = t.code and a.festival_year = :year
			where t.active
			order by t.sort_order, t.id""";

	private static final String NEEDING_HOURS = """
			select a.id, a.title, a.start_at
			from activity a
			join activity_partner p on p.activity_id = a.id and p.unit_id = :unit
			where a.status = 'HELD' and a.start_at >= :yearStart
			  and not exists (select 1 from activity_unit_hours h
			                  where h.activity_id = a.id and h.unit_id = :unit and h.hours > 0)
			order by a.start_at desc, a.id desc""";

	private final NamedParameterJdbcTemplate jdbc;

	private final ScopeService scopes;

	private final Clock clock;

	ActivityTodos(NamedParameterJdbcTemplate jdbc, ScopeService scopes, Clock clock) {
		this.jdbc = jdbc;
		this.scopes = scopes;
		this.clock = clock;
	}

	/**
	 * This month's festivals (active templates whose date falls in the current month)
	 * that are not planned yet, or whose activity has started and is not marked held.
	 * Staff and admin only; anyone else gets an empty list.
	 * @return in the festival calendar's order
	 */
	@Transactional(readOnly = true)
	public List<FestivalTodo> festivalsThisMonth() {
		if (!this.scopes.current().isAll()) {
			return List.of();
		}
		LocalDateTime now = LocalDateTime.now(this.clock);
		YearMonth month = YearMonth.from(now);
		List<FestivalTodo> todos = new ArrayList<>();
		this.jdbc.query(FESTIVALS, new MapSqlParameterSource("year", month.getYear()), (rs) -> {
			Integer day = (Integer) rs.getObject("day");
			LocalDate date = FestivalDates.dateIn(FestivalDateRule.valueOf(rs.getString("date_rule")), month.getYear(),
					rs.getInt("month"), day);
			if (!YearMonth.from(date).equals(month)) {
				return;
			}
			Long activityId = (Long) rs.getObject("activity_id");
			String status = rs.getString("status");
			if (activityId == null) {
				todos.add(new FestivalTodo(rs.getString("name"), date, null));
			}
			else if (ActivityStatus.PLANNED.name().equals(status)
					&& rs.getTimestamp("start_at").toLocalDateTime().isBefore(now)) {
				todos.add(new FestivalTodo(rs.getString("name"), date, activityId));
			}
		});
		return todos;
	}

	/**
	 * Held activities of this year that the current liaison's unit is a partner of and
	 * has entered no hours for. Anyone but a liaison with a unit gets an empty list.
	 * @return newest first
	 */
	@Transactional(readOnly = true)
	public List<ActivityBrief> needingHours() {
		DataScope scope = this.scopes.current();
		if (!scope.isLiaison() || scope.unitId() == null) {
			return List.of();
		}
		LocalDate yearStart = LocalDate.now(this.clock).withDayOfYear(1);
		return this.jdbc.query(NEEDING_HOURS,
				new MapSqlParameterSource("unit", scope.unitId()).addValue("yearStart", yearStart.atStartOfDay()),
				(rs, n) -> new ActivityBrief(rs.getLong("id"), rs.getString("title"),
						rs.getTimestamp("start_at").toLocalDateTime()));
	}

	/**
	 * A festival of this month that needs staff.
	 *
	 * @param name the festival
	 * @param date its date this year
	 * @param activityId its activity, when planned but not marked held; null when not
	 * planned yet
	 */
	public record FestivalTodo(String name, LocalDate date, @Nullable Long activityId) {

		/** Whether it is planned (and waits to be marked held). */
		public boolean planned() {
			return this.activityId != null;
		}

	}

}
