package org.lianjian.project;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.lianjian.account.DataScope;
import org.lianjian.shared.sql.RowStream;
import org.lianjian.shared.sql.ScopeClause;
import org.lianjian.shared.sql.SqlWhere;
import org.lianjian.unit.UnitScope;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The project list in SQL, its one definition ({@link #where}): a page of rows with the
 * brand, the lead organisation and the milestone counts, the count, and the partners of
 * the page's rows, three statements in all. The export reads the same statement through
 * {@link RowStream}; the drop-down of projects reads its ids and names.
 */
@Component
class ProjectListQueries {

	/**
	 * The projects a user may see: those led by one of their organisations, and those a
	 * unit in their scope ({@link UnitScope}) is a partner of.
	 */
	static final ScopeClause SCOPE = ScopeClause.of("p.lead_org_id",
			"exists (select 1 from project_partner ps join unit_directory su on su.id = ps.unit_id"
					+ " where ps.project_id = p.id and " + UnitScope.on("su").sql() + ")");

	private static final String COLUMNS = """
			select p.id, p.name, p.brand_id, coalesce(b.name, '') as brand_name, p.status, p.lead_org_id,
			       coalesce(o.name, '') as org_name, p.start_date, p.end_date, p.beneficiary_target,
			       (select count(*) from project_milestone m where m.project_id = p.id) as milestones_total,
			       (select count(m.done_on) from project_milestone m where m.project_id = p.id) as milestones_done
			  from service_project p
			  left join project_brand b on b.id = p.brand_id
			  left join organisation_directory o on o.id = p.lead_org_id
			""";

	/** The list's order: latest start first. */
	private static final String ORDER = " order by p.start_date desc, p.id desc";

	private final NamedParameterJdbcTemplate jdbc;

	private final RowStream stream;

	ProjectListQueries(NamedParameterJdbcTemplate jdbc, RowStream stream) {
		this.jdbc = jdbc;
		this.stream = stream;
	}

	/**
	 * One page of the list.
	 * @param scope the current user's scope
	 * @param filter the filters
	 * @param offset rows to skip
	 * @param limit rows to return
	 * @return the rows, with their partners
	 */
	List<ProjectViews.Summary> page(DataScope scope, ProjectFilter filter, long offset, int limit) {
		MapSqlParameterSource p = new MapSqlParameterSource().addValue("offset", offset).addValue("limit", limit);
		String sql = COLUMNS + where(scope, filter, p).sql() + ORDER + " limit :limit offset :offset";
		return withPartners(this.jdbc.query(sql, p, (rs, n) -> summary(rs)));
	}

	/**
	 * The number of rows of the list.
	 * @param scope the current user's scope
	 * @param filter the filters
	 * @return the count
	 */
	long count(DataScope scope, ProjectFilter filter) {
		MapSqlParameterSource p = new MapSqlParameterSource();
		Long count = this.jdbc.queryForObject("select count(*) from service_project p" + where(scope, filter, p).sql(),
				p, Long.class);
		return (count != null) ? count : 0;
	}

	/**
	 * Every row of the list, in list order, handed to the sink as the rows are read (the
	 * export): a chunk of rows, then its partners.
	 * @param scope the current user's scope
	 * @param filter the filters (the page is ignored)
	 * @param limit the most rows read
	 * @param sink takes each row, in order
	 */
	void all(DataScope scope, ProjectFilter filter, int limit, Consumer<? super ProjectViews.Summary> sink) {
		MapSqlParameterSource p = new MapSqlParameterSource("limit", limit);
		this.stream.chunks(COLUMNS + where(scope, filter, p).sql() + ORDER + " limit :limit", p, (rs, n) -> summary(rs),
				(chunk) -> withPartners(chunk).forEach(sink));
	}

	/**
	 * The ids and names of the list's rows, by name (for drop-downs).
	 * @param scope the current user's scope
	 * @param filter the filters
	 * @return id and name
	 */
	List<ProjectViews.Ref> names(DataScope scope, ProjectFilter filter) {
		MapSqlParameterSource p = new MapSqlParameterSource();
		return this.jdbc.query(
				"select p.id, p.name from service_project p" + where(scope, filter, p).sql() + " order by p.name, p.id",
				p, (rs, n) -> new ProjectViews.Ref(rs.getLong("id"), rs.getString("name")));
	}

	/**
	 * A unit's partner rows on the projects of the list filtered by that unit and a year
	 * (the projects running in the year, in the scope), latest start first.
	 * @param scope the scope
	 * @param unitId the unit
	 * @param year the year
	 * @return one row per partner row of the unit
	 */
	List<ProjectViews.Contribution> contributions(DataScope scope, Long unitId, int year) {
		MapSqlParameterSource p = new MapSqlParameterSource("partner", unitId);
		SqlWhere w = where(scope, new ProjectFilter(null, null, null, null, unitId, year, null), p);
		return this.jdbc.query("""
				select p.id, p.name, pp.contribution_kind, pp.amount, pp.description, p.start_date, p.end_date
				  from service_project p
				  join project_partner pp on pp.project_id = p.id and pp.unit_id = :partner
				""" + w.sql() + " order by p.start_date desc, p.id desc, pp.sort_order, pp.id limit 500", p,
				(rs, n) -> new ProjectViews.Contribution(new ProjectViews.Ref(rs.getLong("id"), rs.getString("name")),
						ContributionKind.valueOf(rs.getString("contribution_kind")), rs.getBigDecimal("amount"),
						rs.getString("description"), rs.getObject("start_date", LocalDate.class),
						rs.getObject("end_date", LocalDate.class)));
	}

	/**
	 * Whether a scope may see a project ({@link #SCOPE}).
	 * @param scope the scope
	 * @param id the project
	 * @return true if it is in the scope
	 */
	boolean inScope(DataScope scope, Long id) {
		MapSqlParameterSource p = new MapSqlParameterSource();
		Long n = this.jdbc.queryForObject("select count(*) from service_project p"
				+ SqlWhere.of(p).scope(SCOPE, scope).when("p.id = :id", "id", id).sql(), p, Long.class);
		return n != null && n > 0;
	}

	/**
	 * The units partnering in a project that are in a scope ({@link UnitScope}), for the
	 * list's unit filter.
	 * @param scope the scope
	 * @return unit ids, each once
	 */
	List<Long> partnerUnitIds(DataScope scope) {
		MapSqlParameterSource p = new MapSqlParameterSource();
		return this.jdbc.queryForList(
				"select distinct su.id from project_partner ps" + " join unit_directory su on su.id = ps.unit_id"
						+ SqlWhere.of(p).scope(UnitScope.on("su"), scope).sql(),
				p, Long.class);
	}

	/**
	 * The list's conditions: the scope, then each filter in use.
	 * @param scope the current user's scope
	 * @param filter the filters
	 * @param p the statement's parameters
	 * @return the clause
	 */
	static SqlWhere where(DataScope scope, ProjectFilter filter, MapSqlParameterSource p) {
		Integer year = filter.year();
		return SqlWhere.of(p)
			.scope(SCOPE, scope)
			.when("p.brand_id = :brand", "brand", filter.brand())
			.when("p.status = :status", "status", filter.status())
			.when("p.lead_org_id = :org", "org", filter.org())
			.when("exists (select 1 from project_partner up where up.project_id = p.id and up.unit_id = :unit)", "unit",
					filter.unit())
			.when("p.start_date <= :yearEnd", "yearEnd", (year != null) ? LocalDate.of(year, 12, 31) : null)
			.when("p.end_date >= :yearStart", "yearStart", (year != null) ? LocalDate.of(year, 1, 1) : null)
			.like(filter.q(), "q", "lower(p.name)");
	}

	/**
	 * The rows with their partner units, each once, in the project's order: one
	 * statement.
	 */
	private List<ProjectViews.Summary> withPartners(List<ProjectViews.Summary> rows) {
		if (rows.isEmpty()) {
			return rows;
		}
		Map<Long, List<ProjectViews.Ref>> partners = new HashMap<>();
		this.jdbc.query("""
				select s.project_id, s.unit_id, coalesce(u.name, '') as name
				  from project_partner s
				  left join unit_directory u on u.id = s.unit_id
				 where s.project_id = any(:ids)
				 order by s.project_id, s.sort_order, s.id""",
				new MapSqlParameterSource("ids", rows.stream().map(ProjectViews.Summary::id).toArray(Long[]::new)),
				(rs) -> {
					List<ProjectViews.Ref> refs = partners.computeIfAbsent(rs.getLong("project_id"),
							(k) -> new ArrayList<>());
					long unit = rs.getLong("unit_id");
					if (refs.stream().noneMatch((r) -> r.id() == unit)) {
						refs.add(new ProjectViews.Ref(unit, rs.getString("name")));
					}
				});
		return rows.stream()
			.map((s) -> new ProjectViews.Summary(s.id(), s.name(), s.brand(), s.status(), s.leadOrg(),
					List.copyOf(partners.getOrDefault(s.id(), List.of())), s.startDate(), s.endDate(),
					s.beneficiaryTarget(), s.milestonesDone(), s.milestonesTotal()))
			.toList();
	}

	private static ProjectViews.Summary summary(ResultSet rs) throws SQLException {
		return new ProjectViews.Summary(rs.getLong("id"), rs.getString("name"),
				new ProjectViews.Ref(rs.getLong("brand_id"), rs.getString("brand_name")),
				ProjectStatus.valueOf(rs.getString("status")),
				new ProjectViews.Ref(rs.getLong("lead_org_id"), rs.getString("org_name")), List.of(),
				rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
				rs.getObject("beneficiary_target", Integer.class), rs.getLong("milestones_done"),
				rs.getLong("milestones_total"));
	}

}
