package org.lianjian.activity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;
import org.lianjian.account.DataScope;
import org.lianjian.shared.sql.RowStream;
import org.lianjian.shared.sql.ScopeClause;
import org.lianjian.shared.sql.SqlWhere;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The activity list in SQL: a page of rows with the organiser's name, the count (up to a
 * cap), and the partner units' names of the page's rows, three statements in all. Only
 * the conditions of the filters in use are written, so PostgreSQL answers the unfiltered
 * count from the {@code start_at} index alone (see docs/performance.md: the JPQL version
 * tested every filter on every row and was translated again on each request because of
 * its list parameter).
 */
@Component
class ActivityListQueries {

	/**
	 * Who may see an activity, for a scope narrower than the whole sub-district: public
	 * ones, those organised by the user's organisations and those their unit is a partner
	 * of. The calendar uses it too.
	 */
	static final ScopeClause SCOPE = ScopeClause.linked("a.organiser_org_id", "activity_partner", "activity_id", "a.id")
		.orEveryone("a.public_flag");

	private static final String SELECT = """
			select a.id, a.title, a.type, a.festival_tag, a.festival_year, a.start_at, a.end_at, a.position_id,
			       a.venue_text, a.organiser_org_id, coalesce(o.name, '#' || a.organiser_org_id) as organiser_name,
			       a.status, a.public_flag
			  from activity a
			  left join organisation_directory o on o.id = a.organiser_org_id
			""";

	private final NamedParameterJdbcTemplate jdbc;

	private final RowStream stream;

	ActivityListQueries(NamedParameterJdbcTemplate jdbc, RowStream stream) {
		this.jdbc = jdbc;
		this.stream = stream;
	}

	/**
	 * One page of the list, latest first.
	 * @param scope the current user's scope
	 * @param f the filters
	 * @param countCap the fewest rows counted before the count stops (it also counts ten
	 * pages past the one shown)
	 * @return the rows of the page and the count of the matching rows, up to the cap
	 */
	Result page(DataScope scope, ActivityFilter f, int countCap) {
		MapSqlParameterSource p = new MapSqlParameterSource();
		String where = where(scope, f, p);
		p.addValue("limit", f.pageSize()).addValue("offset", (long) f.pageNumber() * f.pageSize());
		List<ActivityView> rows = select(where + " order by a.start_at desc, a.id desc limit :limit offset :offset", p);
		// counted only so far: ten pages past this one, and at least countCap rows, so
		// the cost of the count does not grow with ten years of activities
		long cap = Math.max(countCap, ((long) f.pageNumber() + 10) * f.pageSize());
		p.addValue("cap", cap + 1);
		Long total = this.jdbc.queryForObject(
				"select count(*) from (select 1 from activity a" + where + " limit :cap) counted", p, Long.class);
		long counted = (total != null) ? total : 0;
		return new Result(rows, Math.min(counted, cap), counted > cap);
	}

	/**
	 * The volunteer hours logged on the activities of the list: of the list's unit when
	 * it is filtered by a unit, else of every unit.
	 * @param scope the current user's scope
	 * @param f the filters (the page is ignored)
	 * @return the hours
	 */
	BigDecimal hours(DataScope scope, ActivityFilter f) {
		MapSqlParameterSource p = new MapSqlParameterSource();
		String where = where(scope, f, p);
		BigDecimal hours = this.jdbc.queryForObject(
				"select coalesce(sum(h.hours), 0) from activity_unit_hours h join activity a on a.id = h.activity_id"
						+ where + ((f.unit() != null) ? " and h.unit_id = :unit" : ""),
				p, BigDecimal.class);
		return (hours != null) ? hours : BigDecimal.ZERO;
	}

	/**
	 * Every activity matching the filters, earliest first (the export), handed over as
	 * the rows are read ({@link RowStream}): a chunk of rows, then its partners.
	 * @param scope the current user's scope
	 * @param f the filters (the page is ignored)
	 * @param max the most rows read
	 * @param sink takes each row, in order
	 */
	void all(DataScope scope, ActivityFilter f, int max, Consumer<? super ActivityView> sink) {
		MapSqlParameterSource p = new MapSqlParameterSource("limit", max);
		this.stream.chunks(SELECT + where(scope, f, p) + " order by a.start_at, a.id limit :limit", p,
				(rs, n) -> view(rs), (chunk) -> withPartners(chunk).forEach(sink));
	}

	/**
	 * The activities a scope may see ({@link #SCOPE}) that meet further conditions, with
	 * their partners: two statements.
	 * @param scope the scope
	 * @param conditions adds the further conditions
	 * @param order the order clause
	 * @return the rows
	 */
	List<ActivityView> visible(DataScope scope, UnaryOperator<SqlWhere> conditions, String order) {
		MapSqlParameterSource p = new MapSqlParameterSource();
		return select(conditions.apply(SqlWhere.of(p).scope(SCOPE, scope)).sql() + order, p);
	}

	/**
	 * Planned activities a scope may see that start in a period, soonest first; only the
	 * first few, as id, title and start.
	 * @param scope the scope
	 * @param from the earliest start
	 * @param to the start before which they begin
	 * @param limit how many at most
	 * @param partner only those this unit is a partner of, or null for all
	 * @return the activities
	 */
	List<ActivityBrief> upcoming(DataScope scope, LocalDateTime from, LocalDateTime to, int limit,
			@Nullable Long partner) {
		MapSqlParameterSource p = new MapSqlParameterSource("limit", limit);
		String where = SqlWhere.of(p)
			.scope(SCOPE, scope)
			.and("a.status = 'PLANNED'")
			.when("a.start_at >= :from", "from", from)
			.when("a.start_at < :to", "to", to)
			.when("exists (select 1 from activity_partner ap where ap.activity_id = a.id and ap.unit_id = :partner)",
					"partner", partner)
			.sql();
		return this.jdbc.query(
				"select a.id, a.title, a.start_at from activity a" + where + " order by a.start_at, a.id limit :limit",
				p, (rs, n) -> new ActivityBrief(rs.getLong("id"), rs.getString("title"),
						rs.getObject("start_at", LocalDateTime.class)));
	}

	private List<ActivityView> select(String whereAndOrder, MapSqlParameterSource p) {
		return withPartners(this.jdbc.query(SELECT + whereAndOrder, p, (rs, n) -> view(rs)));
	}

	private static ActivityView view(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new ActivityView(rs.getLong("id"), rs.getString("title"), ActivityType.valueOf(rs.getString("type")),
				rs.getString("festival_tag"), rs.getObject("festival_year", Integer.class),
				rs.getObject("start_at", LocalDateTime.class), rs.getObject("end_at", LocalDateTime.class),
				rs.getObject("position_id", Long.class), rs.getString("venue_text"), rs.getLong("organiser_org_id"),
				rs.getString("organiser_name"), ActivityStatus.valueOf(rs.getString("status")),
				rs.getBoolean("public_flag"), List.of());
	}

	/**
	 * A page's rows and the count of the matching rows, up to the cap.
	 *
	 * @param rows the page's rows
	 * @param total the rows counted
	 * @param more whether more rows match than were counted
	 */
	record Result(List<ActivityView> rows, long total, boolean more) {

	}

	private List<ActivityView> withPartners(List<ActivityView> rows) {
		if (rows.isEmpty()) {
			return rows;
		}
		Map<Long, List<String>> names = new HashMap<>();
		this.jdbc.query("""
				select p.activity_id, coalesce(u.name, '#' || p.unit_id) as name
				  from activity_partner p
				  left join unit_directory u on u.id = p.unit_id
				 where p.activity_id = any(:ids)""",
				new MapSqlParameterSource("ids", rows.stream().map(ActivityView::id).toArray(Long[]::new)), (rs) -> {
					names.computeIfAbsent(rs.getLong("activity_id"), (k) -> new ArrayList<>())
						.add(rs.getString("name"));
				});
		return rows.stream()
			.map((a) -> new ActivityView(a.id(), a.title(), a.type(), a.festivalTag(), a.festivalYear(), a.start(),
					a.end(), a.positionId(), a.venue(), a.organiserOrgId(), a.organiserName(), a.status(),
					a.publicFlag(), names.getOrDefault(a.id(), List.of()).stream().sorted().toList()))
			.toList();
	}

	private static String where(DataScope scope, ActivityFilter f, MapSqlParameterSource p) {
		SqlWhere w = SqlWhere.of(p)
			.scope(SCOPE, scope)
			.when("a.type = :type", "type", f.type())
			.when("a.status = :status", "status", f.status())
			.when("a.festival_tag = :tag", "tag", f.tagOrNull())
			.when("a.organiser_org_id = :organiser", "organiser", f.organiser())
			.when("exists (select 1 from activity_partner up where up.activity_id = a.id and up.unit_id = :unit)",
					"unit", f.unit())
			.when("a.public_flag = :publicFlag", "publicFlag", f.publicFlag());
		if (f.year() != null && f.year() > 1900 && f.year() < 3000) {
			LocalDateTime from;
			LocalDateTime to;
			if (f.month() != null && f.month() >= 1 && f.month() <= 12) {
				from = LocalDate.of(f.year(), f.month(), 1).atStartOfDay();
				to = from.plusMonths(1);
			}
			else {
				from = LocalDate.of(f.year(), 1, 1).atStartOfDay();
				to = from.plusYears(1);
			}
			w.when("a.start_at >= :from", "from", from).when("a.start_at < :to", "to", to);
		}
		return w.sql();
	}

}
