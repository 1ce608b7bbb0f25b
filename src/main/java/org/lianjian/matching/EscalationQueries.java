package org.lianjian.matching;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.lianjian.account.DataScope;
import org.lianjian.shared.sql.RowStream;
import org.lianjian.shared.sql.SqlWhere;
import org.lianjian.shared.web.PageView;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The escalation list (超出供给能力) in SQL, its one definition ({@link #where}): the needs
 * marked beyond the sub-district's capacity, in the user's scope
 * ({@link MatchingAccess#NEEDS}), with who raised them, the reason and the day they were
 * marked. The page, its count and the export read the same statement.
 */
@Component
class EscalationQueries {

	/**
	 * One escalated need.
	 *
	 * @param id the need
	 * @param title its title
	 * @param category its category's name
	 * @param area its residential area's name
	 * @param raisedBy who raised it (kind)
	 * @param raisedByName the organisation or unit that raised it, if any
	 * @param reason why it is beyond capacity
	 * @param markedOn the day it was marked
	 * @param status the need's status
	 */
	record Row(Long id, String title, String category, String area, RaisedBy raisedBy, @Nullable String raisedByName,
			@Nullable String reason, @Nullable LocalDate markedOn, NeedStatus status) {

	}

	private static final String COLUMNS = """
			select n.id, n.title, c.name as category, coalesce(a.name, '#' || n.area_id) as area, n.raised_by_kind,
			       coalesce(u.name, ro.name) as raised_by_name, n.beyond_capacity_reason, n.beyond_capacity_on, n.status
			  from need n
			  join matching_category c on c.id = n.category_id
			  left join organisation_directory a on a.id = n.area_id
			  left join organisation_directory ro on ro.id = n.raised_by_org_id
			  left join unit_directory u on u.id = n.raised_by_unit_id
			""";

	/** Newest mark first. */
	private static final String ORDER = " order by n.beyond_capacity_on desc nulls last, n.id desc";

	private final NamedParameterJdbcTemplate jdbc;

	private final RowStream stream;

	EscalationQueries(NamedParameterJdbcTemplate jdbc, RowStream stream) {
		this.jdbc = jdbc;
		this.stream = stream;
	}

	PageView<Row> page(DataScope scope, MatchingFilters.EscalationFilter f) {
		MapSqlParameterSource p = new MapSqlParameterSource();
		String where = where(scope, f, p).sql();
		Long total = this.jdbc.queryForObject("select count(*) from need n" + where, p, Long.class);
		p.addValue("limit", MatchingFilters.PAGE_SIZE)
			.addValue("offset", (long) f.pageNumber() * MatchingFilters.PAGE_SIZE);
		List<Row> rows = this.jdbc.query(COLUMNS + where + ORDER + " limit :limit offset :offset", p,
				(rs, i) -> row(rs));
		long count = (total != null) ? total : 0;
		return new PageView<>(rows, f.pageNumber(), MatchingFilters.PAGE_SIZE, count,
				(int) ((count + MatchingFilters.PAGE_SIZE - 1) / MatchingFilters.PAGE_SIZE));
	}

	/**
	 * Every row of the list, in list order, as it is read (the export).
	 * @param scope the user's scope
	 * @param f the filters (the page is ignored)
	 * @param limit the most rows read
	 * @param sink takes each row
	 */
	void all(DataScope scope, MatchingFilters.EscalationFilter f, int limit, Consumer<? super Row> sink) {
		MapSqlParameterSource p = new MapSqlParameterSource("limit", limit);
		this.stream.each(COLUMNS + where(scope, f, p).sql() + ORDER + " limit :limit", p, (rs, i) -> row(rs), sink);
	}

	static SqlWhere where(DataScope scope, MatchingFilters.EscalationFilter f, MapSqlParameterSource p) {
		return SqlWhere.of(p)
			.scope(MatchingAccess.NEEDS, scope)
			.and("n.beyond_capacity")
			.when("n.category_id = :category", "category", f.category())
			.when("n.area_id = :area", "area", f.area());
	}

	private static Row row(ResultSet rs) throws SQLException {
		return new Row(rs.getLong("id"), rs.getString("title"), rs.getString("category"), rs.getString("area"),
				RaisedBy.valueOf(rs.getString("raised_by_kind")), rs.getString("raised_by_name"),
				rs.getString("beyond_capacity_reason"), rs.getObject("beyond_capacity_on", LocalDate.class),
				NeedStatus.valueOf(rs.getString("status")));
	}

}
