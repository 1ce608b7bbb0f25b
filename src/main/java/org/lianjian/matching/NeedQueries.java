package org.lianjian.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.lianjian.account.DataScope;
import org.lianjian.shared.sql.SqlWhere;
import org.lianjian.shared.web.PageView;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The need list in SQL: one page of rows with category, area and unit names, and its
 * count, in the user's scope ({@link MatchingAccess#NEEDS}).
 */
@Component
class NeedQueries {

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	NeedQueries(NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	PageView<MatchingViews.NeedRow> page(DataScope scope, MatchingFilters.NeedFilter f, LocalDate today) {
		MapSqlParameterSource p = new MapSqlParameterSource();
		SqlWhere w = where(scope, f, p);
		Long total = this.jdbc.queryForObject("select count(*) from need n" + w.sql(), p, Long.class);
		p.addValue("limit", MatchingFilters.PAGE_SIZE)
			.addValue("offset", (long) f.pageNumber() * MatchingFilters.PAGE_SIZE);
		List<MatchingViews.NeedRow> rows = select(w.sql()
				+ " order by (n.status in ('OPEN', 'MATCHED', 'IN_SERVICE')) desc, n.wanted_by nulls last, n.id desc"
				+ " limit :limit offset :offset", p, today);
		long count = (total != null) ? total : 0;
		return new PageView<>(rows, f.pageNumber(), MatchingFilters.PAGE_SIZE, count,
				(int) ((count + MatchingFilters.PAGE_SIZE - 1) / MatchingFilters.PAGE_SIZE));
	}

	/**
	 * Open needs in scope, for the order form's select.
	 * @param scope the user's scope
	 * @return id and title (with the area), newest first
	 */
	List<MatchingViews.Option> openOptions(DataScope scope) {
		MapSqlParameterSource p = new MapSqlParameterSource();
		SqlWhere w = SqlWhere.of(p)
			.scope(MatchingAccess.NEEDS, scope)
			.and("n.status in ('OPEN', 'MATCHED', 'IN_SERVICE')");
		return this.jdbc.query("select n.id, n.title || '（' || coalesce(a.name, '') || '）' as name from need n"
				+ " left join organisation_directory a on a.id = n.area_id" + w.sql() + " order by n.id desc limit 500",
				p, (rs, i) -> new MatchingViews.Option(rs.getLong("id"), rs.getString("name")));
	}

	/**
	 * The needs a project serves, in the user's scope.
	 * @param scope the user's scope
	 * @param projectId the project
	 * @param today today
	 * @return the needs, open ones first
	 */
	List<MatchingViews.NeedRow> ofProject(DataScope scope, Long projectId, LocalDate today) {
		MapSqlParameterSource p = new MapSqlParameterSource();
		SqlWhere w = SqlWhere.of(p)
			.scope(MatchingAccess.NEEDS, scope)
			.when("n.project_id = :project", "project", projectId);
		return select(w.sql() + " order by n.id desc limit 500", p, today);
	}

	private SqlWhere where(DataScope scope, MatchingFilters.NeedFilter f, MapSqlParameterSource p) {
		if (Boolean.TRUE.equals(f.aged())) {
			NeedAgeing.params(p, this.clock);
		}
		DeficitPeriod period = f.period(LocalDate.now(this.clock));
		if (period != null) {
			period.params(p, this.clock.getZone());
		}
		return SqlWhere.of(p)
			.scope(MatchingAccess.NEEDS, scope)
			.when(period != null, DeficitPeriod.RAISED_IN)
			.when("n.measure = :measure", "measure", (f.measure() != null) ? f.measure().name() : null)
			.when(Boolean.TRUE.equals(f.aged()), NeedAgeing.AGED)
			.when("n.category_id = :category", "category", f.category())
			.when("n.area_id = :area", "area", f.area())
			.when("n.status = :status", "status", f.status())
			.when("n.direction = :direction", "direction", f.direction())
			.like(f.q(), "q", "lower(n.title)");
	}

	private List<MatchingViews.NeedRow> select(String whereAndOrder, MapSqlParameterSource p, LocalDate today) {
		return this.jdbc.query("""
				select n.id, n.title, c.name as category, coalesce(a.name, '#' || n.area_id) as area, n.raised_by_kind,
				       u.name as unit, n.quantity, n.measure, n.wanted_by, n.urgency, n.status, n.beyond_capacity,
				       n.created_at
				  from need n
				  join matching_category c on c.id = n.category_id
				  left join organisation_directory a on a.id = n.area_id
				  left join unit_directory u on u.id = n.raised_by_unit_id
				""" + whereAndOrder, p, (rs, i) -> {
			LocalDate wanted = rs.getObject("wanted_by", LocalDate.class);
			NeedStatus status = NeedStatus.valueOf(rs.getString("status"));
			return new MatchingViews.NeedRow(rs.getLong("id"), rs.getString("title"), rs.getString("category"),
					rs.getString("area"), RaisedBy.valueOf(rs.getString("raised_by_kind")), rs.getString("unit"),
					rs.getBigDecimal("quantity"), Measure.valueOf(rs.getString("measure")), wanted,
					Urgency.valueOf(rs.getString("urgency")), status, rs.getBoolean("beyond_capacity"),
					status.isOpen() && wanted != null && wanted.isBefore(today),
					NeedAgeing.isAged(status, wanted,
							rs.getObject("created_at", OffsetDateTime.class)
								.atZoneSameInstant(this.clock.getZone())
								.toLocalDate(),
							today));
		});
	}

}
