package org.lianjian.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.lianjian.report.AnnualReport.Cell;
import org.lianjian.report.AnnualReport.Figure;
import org.lianjian.report.AnnualReport.Note;
import org.lianjian.report.AnnualReport.Section;
import org.lianjian.report.AnnualReport.Table;
import org.lianjian.report.AnnualReportQueries.Period;
import org.lianjian.shared.sql.ScopeClause;
import org.lianjian.structure.MembershipOnDay;
import org.lianjian.unit.AdminRank;
import org.lianjian.unit.UnitOnDay;
import org.lianjian.unit.UnitScope;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import static org.lianjian.report.AnnualReportQueries.SIGNED;
import static org.lianjian.report.AnnualReportQueries.UNIT_SCOPE;
import static org.lianjian.report.AnnualReportQueries.dateCell;
import static org.lianjian.report.AnnualReportQueries.figure;
import static org.lianjian.report.AnnualReportQueries.pad;
import static org.lianjian.report.AnnualReportQueries.section;

/**
 * The annual report's sections on the structure, the units and their liaisons, and the
 * evaluation, with the scope and period rules of {@link AnnualReportQueries}.
 *
 * <p>
 * Every "on day D" is the owning module's one definition: a unit is present on D and a
 * liaison in office on D by {@link UnitOnDay} (the unit list's "vacant" filter and the
 * dashboard use the same rule), a membership is current on D by {@link MembershipOnDay}.
 * The coordination committee's members are counted once, from its roster, for both the
 * figure and the committee's row of the groups table.
 */
@Component
class AnnualUnitQueries {

	/**
	 * Organisations in scope, counted by type: the user's, and a liaison's unit's party
	 * organisation.
	 */
	static final String ORG_SCOPE = pad(
			ScopeClause
				.of("o.id",
						"o.id = (select su.party_org_id from unit_directory su where su.id = :" + ScopeClause.UNIT
								+ ")")
				.sqlOrAll());

	/**
	 * Members in scope: organisations in scope and the party organisations of the units
	 * in scope ({@link UnitScope}; a unit joins networks and committees through its party
	 * organisation).
	 */
	static final String MEMBER_SCOPE = pad(ScopeClause
		.of("o.id",
				"exists (select 1 from unit_directory su where su.party_org_id = o.id and " + UnitScope.on("su").sql()
						+ ")")
		.sqlOrAll());

	private final NamedParameterJdbcTemplate jdbc;

	AnnualUnitQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	// ------------------------------------------------------------------ part 1

	/**
	 * Structure as of the year's end (31 December, or today while the year runs):
	 * organisations by type, units present, members per network and committee.
	 */
	Section structure(Period period) {
		MapSqlParameterSource p = period.params();
		List<List<Cell>> types = new ArrayList<>();
		long[] orgs = organisationTypes(p, types);
		List<List<Cell>> groups = new ArrayList<>();
		GroupTotals totals = groups(p, groups);
		long[] units = new long[2];
		this.jdbc.query("select count(*) filter (where" + UnitOnDay.present("u", ":asOf") + ") as cur,"
				+ " count(*) filter (where" + UnitOnDay.present("u", ":pAsOf") + ") as prev from unit_directory u where"
				+ UNIT_SCOPE, p, (rs) -> {
					units[0] = rs.getLong("cur");
					units[1] = rs.getLong("prev");
				});
		List<Figure> figures = List.of(figure("structure.organisations", orgs[0], orgs[1]),
				figure("structure.units", units[0], units[1]),
				figure("structure.coordinationMembers", totals.coordination[0], totals.coordination[1]),
				figure("structure.networkMemberships", totals.network[0], totals.network[1]),
				figure("structure.committeeMemberships", totals.committee[0], totals.committee[1]));
		List<Table> tables = List.of(
				new Table("structure.groups", "report.annual.table.structure.groups",
						List.of("report.annual.col.group", "report.annual.col.groupKind", "report.annual.col.members",
								"report.annual.col.previous"),
						groups),
				new Table("structure.types", "report.annual.table.structure.types",
						List.of("report.annual.col.orgType", "report.annual.col.count", "report.annual.col.previous"),
						types));
		return section("structure", 1, figures, tables, List.of(), List.of(asOfNote(period)));
	}

	/** The day the year-end figures were counted on, and whether it is 31 December. */
	static Note asOfNote(Period period) {
		LocalDate asOf = period.asOf();
		boolean yearEnd = asOf.equals(LocalDate.of(period.year(), 12, 31));
		return new Note(yearEnd ? "report.annual.note.asOf.yearEnd" : "report.annual.note.asOf.today",
				List.of(asOf.toString()));
	}

	/**
	 * Organisations in scope by type, at the year's end and the year before's. An
	 * organisation counts until it was retired; a unit's party organisation, moreover,
	 * only from the day its unit arrived (organisations carry no start date of their
	 * own), so that registering a unit today leaves past years as they were.
	 */
	private long[] organisationTypes(MapSqlParameterSource p, List<List<Cell>> rows) {
		long[] totals = new long[2];
		this.jdbc.query("select o.type, count(*) filter (where " + organisationOn(":asOf") + ") as cur,"
				+ " count(*) filter (where " + organisationOn(":pAsOf")
				+ ") as prev from organisation_directory o where" + ORG_SCOPE + "group by o.type order by o.type", p,
				(rs) -> {
					long cur = rs.getLong("cur");
					long prev = rs.getLong("prev");
					totals[0] += cur;
					totals[1] += prev;
					rows.add(List.of(Cell.key("organisation.type." + rs.getString("type")), Cell.number(cur),
							Cell.number(prev)));
				});
		return totals;
	}

	private static String organisationOn(String day) {
		return "((o.retired_on is null and o.status = 'ACTIVE') or o.retired_on > " + day + ")"
				+ " and not exists (select 1 from unit_directory su where su.party_org_id = o.id and su.effective_from > "
				+ day + ")";
	}

	/** Members per network and per committee; the coordination committee's own count. */
	private record GroupTotals(long[] network, long[] committee, long[] coordination) {

	}

	private GroupTotals groups(MapSqlParameterSource p, List<List<Cell>> rows) {
		GroupTotals totals = new GroupTotals(new long[2], new long[2], new long[2]);
		this.jdbc.query("select g.id, g.name, g.type, g.structure_role, g.sort_order," + " count(*) filter (where"
				+ MembershipOnDay.current("m", ":asOf") + ") as cur," + " count(*) filter (where"
				+ MembershipOnDay.current("m", ":pAsOf") + ") as prev"
				+ " from membership m join organisation_directory g on g.id = m.group_id"
				+ " join organisation_directory o on o.id = m.organisation_id"
				+ " where m.valid_from <= :asOf and (m.valid_to is null or m.valid_to >= :pAsOf) and" + MEMBER_SCOPE
				+ " group by g.id, g.name, g.type, g.structure_role, g.sort_order order by g.sort_order, g.name, g.id",
				p, (rs) -> {
					long cur = rs.getLong("cur");
					long prev = rs.getLong("prev");
					String role = rs.getString("structure_role");
					boolean network = role != null || "NETWORK".equals(rs.getString("type"));
					long[] sum = network ? totals.network() : totals.committee();
					sum[0] += cur;
					sum[1] += prev;
					if ("NETWORK_COORDINATION".equals(role)) {
						totals.coordination()[0] = cur;
						totals.coordination()[1] = prev;
					}
					rows.add(List.of(Cell.text(rs.getString("name")),
							Cell.key(network ? "report.annual.group.network" : "report.annual.group.committee"),
							Cell.number(cur), Cell.number(prev)));
				});
		return totals;
	}

	/**
	 * Evaluation results of the year's round (closed or published rounds only: an open
	 * round's scores are not final) and the confirmed recognitions. The recognitions
	 * figure counts units: a unit with two titles is one recognised unit.
	 */
	Section evaluation(Period period) {
		MapSqlParameterSource p = period.params();
		List<List<Cell>> categories = new ArrayList<>();
		long[] units = new long[2];
		BigDecimal[] avg = { null, null };
		this.jdbc.query("""
				with totals as (
				  select r.year, u.category, s.unit_id, sum(sc.score * c.weight) / nullif(sum(c.weight), 0) as total
				  from evaluation_round r
				  join evaluation_sheet s on s.round_id = r.id
				  join unit_directory u on u.id = s.unit_id
				  join evaluation_score sc on sc.sheet_id = s.id
				  join evaluation_criterion c on c.id = sc.criterion_id
				  where r.year in (:year, :year - 1) and r.status in ('CLOSED', 'PUBLISHED') and""" + UNIT_SCOPE
				+ """
						  group by r.year, u.category, s.unit_id)
						select year, category, count(*) as units, round(avg(total), 2) as average, round(max(total), 2) as best,
						  sum(count(*)) over (partition by year) as year_units,
						  round(sum(sum(total)) over (partition by year) / sum(count(*)) over (partition by year), 2) as year_average
						from totals group by year, category order by year desc, category""",
				p, (rs) -> {
					boolean cur = rs.getInt("year") == period.year();
					units[cur ? 0 : 1] = rs.getLong("year_units");
					avg[cur ? 0 : 1] = rs.getBigDecimal("year_average");
					if (cur) {
						categories.add(List.of(Cell.key("unit.category." + rs.getString("category")),
								Cell.number(rs.getLong("units")), Cell.number(rs.getBigDecimal("average")),
								Cell.number(rs.getBigDecimal("best"))));
					}
				});
		List<List<Cell>> recognitions = new ArrayList<>();
		long[] recognised = recognitions(period, recognitions);
		List<Figure> figures = List.of(figure("evaluation.units", units[0], units[1]),
				new Figure("evaluation.average", "report.annual.figure.evaluation.average",
						avg[0] == null ? BigDecimal.ZERO : avg[0], avg[1]),
				figure("evaluation.recognitions", recognised[0], recognised[1]));
		List<Table> tables = List.of(
				new Table("evaluation.categories", "report.annual.table.evaluation.categories",
						List.of("report.annual.col.category", "report.annual.col.units", "report.annual.col.average",
								"report.annual.col.best"),
						categories),
				new Table("evaluation.recognitions", "report.annual.table.evaluation.recognitions",
						List.of("report.annual.col.unit", "report.annual.col.recognition", "report.annual.col.category",
								"report.annual.col.categoryRank", "report.annual.col.total"),
						recognitions));
		List<Note> notes = units[0] == 0 ? List.of(new Note("report.annual.note.noEvaluation", List.of())) : List.of();
		return section("evaluation", 1, figures, tables, List.of(), notes);
	}

	/**
	 * The year's recognitions, one row per title, and the recognised units of the year
	 * and the year before, each unit once.
	 */
	private long[] recognitions(Period period, List<List<Cell>> rows) {
		List<Set<Long>> units = List.of(new HashSet<>(), new HashSet<>());
		this.jdbc.query("""
				select r.year, x.unit_id, u.name, x.title, x.category, x.category_rank, x.total
				from evaluation_recognition x
				join evaluation_round r on r.id = x.round_id
				join unit_directory u on u.id = x.unit_id
				where r.year in (:year, :year - 1) and""" + UNIT_SCOPE + """
				order by r.year desc, x.title, x.category, x.category_rank, u.name""", period.params(), (rs) -> {
			boolean cur = rs.getInt("year") == period.year();
			units.get(cur ? 0 : 1).add(rs.getLong("unit_id"));
			if (cur) {
				rows.add(List.of(Cell.text(rs.getString("name")),
						Cell.key("report.annual.recognition." + rs.getString("title")),
						Cell.key("unit.category." + rs.getString("category")), Cell.number(rs.getLong("category_rank")),
						Cell.number(rs.getBigDecimal("total"))));
			}
		});
		return new long[] { units.get(0).size(), units.get(1).size() };
	}

	// ------------------------------------------------------------------ part 2

	/**
	 * Units (in scope) present on the as-of day without a primary liaison in office on
	 * that day: the unit list's "vacant" rule on that day. The evidence is the last
	 * primary liaison appointed by then and the day their appointment ended.
	 */
	Table withoutLiaison(Period period) {
		MapSqlParameterSource p = period.params();
		List<List<Cell>> rows = this.jdbc.query(
				"""
						select u.id, u.name, u.category, last.person_name, last.end_date
						from unit_directory u
						left join lateral (
						  select l.person_name, l.end_date from liaison l
						  where l.unit_id = u.id and l.is_primary and l.start_date <= :asOf
						  order by l.end_date desc nulls first, l.id desc limit 1) last on true
						where""" + UNIT_SCOPE + "and" + UnitOnDay.present("u", ":asOf") + "and not"
						+ UnitOnDay.primaryInOffice("u", ":asOf") + "order by u.name, u.id",
				p,
				(rs, n) -> List.of(Cell.text(rs.getString("name")),
						Cell.key("unit.category." + rs.getString("category")), Cell.text(rs.getString("person_name")),
						dateCell(rs, "end_date")));
		return new Table(
				"liaison.missing", "report.annual.table.noLiaison", List.of("report.annual.col.unit",
						"report.annual.col.category", "report.annual.col.lastLiaison", "report.annual.col.leftOn"),
				rows);
	}

	/**
	 * Units ranked above the sub-district ({@link AdminRank#isAboveSubDistrict()}: 部级 and
	 * 厅局级, above the sub-district's 县处级), present on the as-of day, that joined no held
	 * activity in the year, neither as a partner nor with volunteer hours.
	 */
	Table highRankInactive(Period period) {
		List<String> ranks = Arrays.stream(AdminRank.values())
			.filter(AdminRank::isAboveSubDistrict)
			.map(Enum::name)
			.toList();
		MapSqlParameterSource p = period.params().addValue("ranks", ranks);
		List<List<Cell>> rows = this.jdbc.query(
				"""
						select u.id, u.name, u.admin_rank, u.category,
						  (select count(*) from agreement_party ap join agreement a on a.id = ap.agreement_id
						   where ap.unit_id = u.id and""" + SIGNED
						+ """
								     and a.term_start < :to and a.term_end >= :from
								     and (a.terminated_on is null or a.terminated_on >= :from)) as agreements,
								  (select max(a.start_at) from activity a where a.status = 'HELD' and a.start_at < :fromTs
								     and (exists (select 1 from activity_partner ap where ap.activity_id = a.id and ap.unit_id = u.id)
								          or exists (select 1 from activity_unit_hours h where h.activity_id = a.id and h.unit_id = u.id))) as last_at
								from unit_directory u
								where u.admin_rank in (:ranks) and"""
						+ UNIT_SCOPE + "and" + UnitOnDay.present("u", ":asOf")
						+ """
								  and not exists (select 1 from activity_partner ap join activity a on a.id = ap.activity_id
								                  where ap.unit_id = u.id and a.status = 'HELD' and a.start_at >= :fromTs and a.start_at < :toTs)
								  and not exists (select 1 from activity_unit_hours h join activity a on a.id = h.activity_id
								                  where h.unit_id = u.id and a.status = 'HELD' and a.start_at >= :fromTs and a.start_at < :toTs)
								order by u.admin_rank, u.name, u.id""",
				p, (rs, n) -> {
					java.sql.Timestamp last = rs.getTimestamp("last_at");
					return List.of(Cell.text(rs.getString("name")), Cell.key("unit.rank." + rs.getString("admin_rank")),
							Cell.key("unit.category." + rs.getString("category")),
							Cell.number(rs.getLong("agreements")), last == null ? Cell.key("report.annual.never")
									: Cell.text(last.toLocalDateTime().toLocalDate().toString()));
				});
		return new Table("rank.inactive", "report.annual.table.highRank",
				List.of("report.annual.col.unit", "report.annual.col.adminRank", "report.annual.col.category",
						"report.annual.col.agreementsInForce", "report.annual.col.lastActivity"),
				rows);
	}

}
