package org.lianjian.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.lianjian.account.DataScope;
import org.lianjian.report.AnnualReport.Cell;
import org.lianjian.report.AnnualReport.Chart;
import org.lianjian.report.AnnualReport.Figure;
import org.lianjian.report.AnnualReport.Note;
import org.lianjian.report.AnnualReport.Section;
import org.lianjian.report.AnnualReport.Series;
import org.lianjian.report.AnnualReport.Table;
import org.lianjian.unit.AdminRank;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The one query layer of the annual report: plain SQL over the modules' tables, every
 * aggregate computed by PostgreSQL (GROUP BY, FILTER, window functions), this year and
 * the previous year in the same statement wherever practical.
 *
 * <p>
 * <b>Scope</b> (the same {@link DataScope} rules as the rest of the portal):
 * <ul>
 * <li>ADMIN/STAFF: everything.</li>
 * <li>SECRETARY (organisation subtree S): units whose residential area is in S;
 * agreements whose community organisation is in S (as in the agreement list); activities
 * organised by an organisation in S or with a partner unit in S's areas; projects led by
 * an organisation in S or with a partner unit there; positions owned by an organisation
 * in S or by a unit there; organisations and memberships of organisations in S.</li>
 * <li>LIAISON (unit U, "my unit's year"): unit U only; agreements U is a party to, and of
 * those the commitments U is responsible for; activities U was a partner of or logged
 * hours for; projects U is a partner of (and only U's own contributions); positions U
 * owns; the memberships of U's party organisation.</li>
 * </ul>
 *
 * <p>
 * <b>Dates.</b> The year is [1 Jan, 1 Jan next year). "As of" means 31 December of the
 * year, or today while the year is still running. An agreement is <em>in force</em> in a
 * year when it was signed (ACTIVE, EXPIRED or TERMINATED), its term overlaps the year and
 * it was not terminated before the year began. Activities count when HELD and starting in
 * the year. Projects count in the years their period overlaps (contributions carry no
 * date and count with their project). Organisation and unit counts use retirement /
 * status dates (creation dates are not tracked).
 */
@Component
class AnnualReportQueries {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** Areas listed in part 2 as the lowest delivery. */
	static final int LOWEST_AREAS = 3;

	/** Units in the hours table and chart. */
	static final int TOP_UNITS = 15;

	/** Years in the agreements chart. */
	static final int CHART_YEARS = 10;

	static final String UNIT_SCOPE = pad("(:all or u.residential_area_id in (:orgIds) or u.id = :unitId)");

	static final String AGREEMENT_SCOPE = pad("""
			(:all or a.community_org_id in (:orgIds)
			 or exists (select 1 from agreement_party sp where sp.agreement_id = a.id and sp.unit_id = :unitId))""");

	static final String SIGNED = pad("a.status in ('ACTIVE', 'EXPIRED', 'TERMINATED')");

	static final String ACTIVITY_SCOPE = pad("""
			(:all or a.organiser_org_id in (:orgIds)
			 or exists (select 1 from activity_partner sp join resident_unit su on su.id = sp.unit_id
			            where sp.activity_id = a.id and (su.residential_area_id in (:orgIds) or su.id = :unitId))
			 or exists (select 1 from activity_unit_hours sh where sh.activity_id = a.id and sh.unit_id = :unitId))""");

	static final String ORG_SCOPE = pad("""
			(:all or o.id in (:orgIds)
			 or o.id = (select su.party_org_id from resident_unit su where su.id = :unitId))""");

	static final String PROJECT_SCOPE = pad("""
			(:all or p.lead_org_id in (:orgIds)
			 or exists (select 1 from project_partner sp join resident_unit su on su.id = sp.unit_id
			            where sp.project_id = p.id and (su.residential_area_id in (:orgIds) or su.id = :unitId)))""");

	static final String POSITION_SCOPE = pad("""
			(:all or pos.owner_organisation_id in (:orgIds)
			 or exists (select 1 from resident_unit su where su.id = pos.owner_unit_id
			            and (su.residential_area_id in (:orgIds) or su.id = :unitId)))""");

	/** A unit that still existed on :asOf (never deleted; moved out or closed later). */
	static final String UNIT_EXISTS = pad("(u.status = 'ACTIVE' or u.status_date > :asOf)");

	private final NamedParameterJdbcTemplate jdbc;

	/** SQL fragments are glued into text blocks, whose trailing spaces Java strips. */
	private static String pad(String sql) {
		return " " + sql.strip() + " ";
	}

	AnnualReportQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The parameters every query takes: the scope and the year's bounds.
	 *
	 * @param year the report year
	 * @param scope the reader's scope
	 * @param today the day the report is computed on
	 */
	record Period(int year, DataScope scope, LocalDate today) {

		LocalDate from() {
			return LocalDate.of(this.year, 1, 1);
		}

		LocalDate to() {
			return LocalDate.of(this.year + 1, 1, 1);
		}

		LocalDate previousFrom() {
			return LocalDate.of(this.year - 1, 1, 1);
		}

		/** 31 December, or today while the year runs. */
		LocalDate asOf() {
			LocalDate end = LocalDate.of(this.year, 12, 31);
			return this.today.isBefore(end) ? this.today : end;
		}

		LocalDate previousAsOf() {
			return LocalDate.of(this.year - 1, 12, 31);
		}

		MapSqlParameterSource params() {
			MapSqlParameterSource p = new MapSqlParameterSource();
			p.addValue("all", this.scope.isAll());
			p.addValue("orgIds", this.scope.organisationIdsForQuery());
			p.addValue("unitId", this.scope.unitIdForQuery());
			p.addValue("liaison", this.scope.isLiaison());
			p.addValue("year", this.year);
			p.addValue("from", from());
			p.addValue("to", to());
			p.addValue("pfrom", previousFrom());
			p.addValue("fromTs", from().atStartOfDay());
			p.addValue("toTs", to().atStartOfDay());
			p.addValue("pfromTs", previousFrom().atStartOfDay());
			p.addValue("fromTz",
					OffsetDateTime.of(from().atStartOfDay(), ZONE.getRules().getOffset(from().atStartOfDay())));
			p.addValue("toTz", OffsetDateTime.of(to().atStartOfDay(), ZONE.getRules().getOffset(to().atStartOfDay())));
			p.addValue("pfromTz", OffsetDateTime.of(previousFrom().atStartOfDay(),
					ZONE.getRules().getOffset(previousFrom().atStartOfDay())));
			p.addValue("asOf", asOf());
			p.addValue("pAsOf", previousAsOf());
			p.addValue("today", this.today);
			return p;
		}

	}

	// ------------------------------------------------------------------ part 1

	/** Structure as of the year's end: organisations by type, memberships per group. */
	Section structure(Period period) {
		MapSqlParameterSource p = period.params();
		List<Figure> figures = new ArrayList<>();
		List<List<Cell>> types = new ArrayList<>();
		long[] orgTotals = new long[2];
		this.jdbc
			.query("""
					select o.type,
					  count(*) filter (where (o.retired_on is null and o.status = 'ACTIVE') or o.retired_on > :asOf) as cur,
					  count(*) filter (where (o.retired_on is null and o.status = 'ACTIVE') or o.retired_on > :pAsOf) as prev
					from organisation o where """
					+ ORG_SCOPE + """
							group by o.type order by o.type""", p, (rs) -> {
						long cur = rs.getLong("cur");
						long prev = rs.getLong("prev");
						orgTotals[0] += cur;
						orgTotals[1] += prev;
						types.add(List.of(Cell.key("organisation.type." + rs.getString("type")), Cell.number(cur),
								Cell.number(prev)));
					});
		List<List<Cell>> groups = new ArrayList<>();
		long[] networkTotals = new long[2];
		long[] committeeTotals = new long[2];
		this.jdbc
			.query("""
					select g.id, g.name, g.type, g.structure_role, g.sort_order,
					  count(*) filter (where m.valid_from <= :asOf and (m.valid_to is null or m.valid_to >= :asOf)) as cur,
					  count(*) filter (where m.valid_from <= :pAsOf and (m.valid_to is null or m.valid_to >= :pAsOf)) as prev
					from membership m
					join organisation g on g.id = m.group_id
					join organisation o on o.id = m.organisation_id
					where m.valid_from <= :asOf and (m.valid_to is null or m.valid_to >= :pAsOf) and """
					+ ORG_SCOPE + """
							 group by g.id, g.name, g.type, g.structure_role, g.sort_order
							order by g.sort_order, g.name, g.id""", p, (rs) -> {
						long cur = rs.getLong("cur");
						long prev = rs.getLong("prev");
						boolean network = rs.getString("structure_role") != null
								|| "NETWORK".equals(rs.getString("type"));
						long[] totals = network ? networkTotals : committeeTotals;
						totals[0] += cur;
						totals[1] += prev;
						groups.add(List.of(Cell.text(rs.getString("name")),
								Cell.key(network ? "report.annual.group.network" : "report.annual.group.committee"),
								Cell.number(cur), Cell.number(prev)));
					});
		long[] units = new long[4];
		this.jdbc.query("select count(*) filter (where " + UNIT_EXISTS + ") as cur, count(*) filter (where "
				+ UNIT_EXISTS.replace(":asOf", ":pAsOf") + ") as prev, count(*) filter (where " + UNIT_EXISTS
				+ " and u.coordination_member and (u.coordination_member_since is null or u.coordination_member_since <= :asOf)) as coord,"
				+ " count(*) filter (where " + UNIT_EXISTS.replace(":asOf", ":pAsOf")
				+ " and u.coordination_member and (u.coordination_member_since is null or u.coordination_member_since <= :pAsOf)) as pcoord"
				+ " from resident_unit u where " + UNIT_SCOPE, p, (rs) -> {
					units[0] = rs.getLong("cur");
					units[1] = rs.getLong("prev");
					units[2] = rs.getLong("coord");
					units[3] = rs.getLong("pcoord");
				});
		figures.add(figure("structure.organisations", orgTotals[0], orgTotals[1]));
		figures.add(figure("structure.units", units[0], units[1]));
		figures.add(figure("structure.coordinationMembers", units[2], units[3]));
		figures.add(figure("structure.networkMemberships", networkTotals[0], networkTotals[1]));
		figures.add(figure("structure.committeeMemberships", committeeTotals[0], committeeTotals[1]));
		List<Table> tables = List.of(
				new Table("structure.groups", "report.annual.table.structure.groups",
						List.of("report.annual.col.group", "report.annual.col.groupKind", "report.annual.col.members",
								"report.annual.col.previous"),
						groups),
				new Table("structure.types", "report.annual.table.structure.types",
						List.of("report.annual.col.orgType", "report.annual.col.count", "report.annual.col.previous"),
						types));
		return section("structure", 1, figures, tables, List.of(), List.of());
	}

	/** Agreements: new, in force, expired, renewed, terminated; ten years in a chart. */
	Section agreements(Period period) {
		MapSqlParameterSource p = period.params();
		long[] c = new long[10];
		this.jdbc.query("select "
				+ """
						  count(*) filter (where coalesce(a.signed_on, a.term_start) >= :from and coalesce(a.signed_on, a.term_start) < :to) as new_cur,
						  count(*) filter (where coalesce(a.signed_on, a.term_start) >= :pfrom and coalesce(a.signed_on, a.term_start) < :from) as new_prev,
						  count(*) filter (where a.term_start < :to and a.term_end >= :from and (a.terminated_on is null or a.terminated_on >= :from)) as force_cur,
						  count(*) filter (where a.term_start < :from and a.term_end >= :pfrom and (a.terminated_on is null or a.terminated_on >= :pfrom)) as force_prev,
						  count(*) filter (where a.status in ('ACTIVE', 'EXPIRED') and a.term_end >= :from and a.term_end < :to and a.term_end < :today) as exp_cur,
						  count(*) filter (where a.status in ('ACTIVE', 'EXPIRED') and a.term_end >= :pfrom and a.term_end < :from and a.term_end < :today) as exp_prev,
						  count(*) filter (where a.renewed_from_id is not null and coalesce(a.signed_on, a.term_start) >= :from and coalesce(a.signed_on, a.term_start) < :to) as ren_cur,
						  count(*) filter (where a.renewed_from_id is not null and coalesce(a.signed_on, a.term_start) >= :pfrom and coalesce(a.signed_on, a.term_start) < :from) as ren_prev,
						  count(*) filter (where a.status = 'TERMINATED' and a.terminated_on >= :from and a.terminated_on < :to) as term_cur,
						  count(*) filter (where a.status = 'TERMINATED' and a.terminated_on >= :pfrom and a.terminated_on < :from) as term_prev
						from agreement a where """
				+ SIGNED + " and " + AGREEMENT_SCOPE, p, (rs) -> {
					for (int i = 0; i < 10; i++) {
						c[i] = rs.getLong(i + 1);
					}
				});
		List<Figure> figures = List.of(figure("agreements.new", c[0], c[1]), figure("agreements.inForce", c[2], c[3]),
				figure("agreements.expired", c[4], c[5]), figure("agreements.renewed", c[6], c[7]),
				figure("agreements.terminated", c[8], c[9]));
		MapSqlParameterSource years = period.params().addValue("firstYear", period.year() - CHART_YEARS + 1);
		List<Cell> categories = new ArrayList<>();
		List<BigDecimal> newSeries = new ArrayList<>();
		List<BigDecimal> forceSeries = new ArrayList<>();
		this.jdbc.query(
				"""
						with a as (select a.id, a.term_start, a.term_end, a.terminated_on, coalesce(a.signed_on, a.term_start) as signed
						           from agreement a where """
						+ SIGNED + " and " + AGREEMENT_SCOPE
						+ """
								 and a.term_end >= make_date(:firstYear, 1, 1))
								select g.y,
								  count(a.id) filter (where a.signed >= make_date(g.y, 1, 1) and a.signed <= make_date(g.y, 12, 31)) as new,
								  count(a.id) filter (where a.term_start <= make_date(g.y, 12, 31) and a.term_end >= make_date(g.y, 1, 1)
								                     and (a.terminated_on is null or a.terminated_on >= make_date(g.y, 1, 1))) as in_force
								from generate_series(:firstYear, :year) as g(y)
								left join a on a.term_start <= make_date(g.y, 12, 31) or a.signed <= make_date(g.y, 12, 31)
								group by g.y order by g.y""",
				years, (rs) -> {
					categories.add(Cell.text(Integer.toString(rs.getInt("y"))));
					newSeries.add(BigDecimal.valueOf(rs.getLong("new")));
					forceSeries.add(BigDecimal.valueOf(rs.getLong("in_force")));
				});
		Chart chart = new Chart("chart.agreements-by-year", "report.annual.chart.agreementsByYear", "BAR", categories,
				List.of(new Series("report.annual.series.new", newSeries),
						new Series("report.annual.series.inForce", forceSeries)));
		return section("agreements", 1, figures, List.of(), List.of(chart), List.of());
	}

	/**
	 * Delivered against target per cooperation area, for the year and the year before.
	 * Per commitment the goal is its yearly target (a qualitative one counts 1 and is met
	 * by one record); the rate of an area is Σ min(delivered, goal) / Σ goal, so that
	 * over-delivery on one commitment does not hide another one's shortfall.
	 */
	List<AreaRow> areas(Period period) {
		MapSqlParameterSource p = period.params();
		Map<String, AreaRow> rows = new LinkedHashMap<>();
		this.jdbc
			.query("""
					with yrs(cur, f, t) as (values (true, cast(:from as date), cast(:to as date)),
					                               (false, cast(:pfrom as date), cast(:from as date))),
					cm as (
					  select y.cur, c.area, coalesce(c.target_quantity, 1) as goal,
					    coalesce((select sum(f.quantity) from fulfilment f
					              where f.commitment_id = c.id and f.happened_on >= y.f and f.happened_on < y.t), 0) as delivered
					  from yrs y
					  join agreement a on a.term_start < y.t and a.term_end >= y.f
					    and (a.terminated_on is null or a.terminated_on >= y.f)
					  join commitment c on c.agreement_id = a.id
					  where """
					+ SIGNED + " and " + AGREEMENT_SCOPE + """
							    and (not :liaison or c.responsible_unit_id = :unitId))
							select area, cur, count(*) as commitments, count(*) filter (where delivered >= goal) as met,
							  sum(goal) as target, sum(delivered) as delivered, sum(least(delivered, goal)) as counted
							from cm group by area, cur""", p, (rs) -> {
						String area = rs.getString("area");
						AreaRow row = rows.computeIfAbsent(area, AreaRow::empty);
						AreaRow.Year y = new AreaRow.Year(rs.getLong("commitments"), rs.getLong("met"),
								rs.getBigDecimal("target"), rs.getBigDecimal("delivered"), rs.getBigDecimal("counted"));
						rows.put(area, rs.getBoolean("cur") ? row.withCurrent(y) : row.withPrevious(y));
					});
		return rows.values()
			.stream()
			.sorted(Comparator.comparing(AreaRow::area, Comparator.comparingInt(AnnualReportQueries::areaOrder)))
			.toList();
	}

	private static int areaOrder(String area) {
		String[] order = { "PARTY_BUILDING", "EDUCATION", "CULTURE", "HEALTH", "SCIENCE", "EMPLOYMENT", "ELDERLY",
				"ENVIRONMENT", "OTHER" };
		int i = Arrays.asList(order).indexOf(area);
		return i < 0 ? order.length : i;
	}

	/**
	 * One cooperation area's delivery in the year and the year before.
	 *
	 * @param area the area code
	 * @param current this year
	 * @param previous the year before
	 */
	record AreaRow(String area, Year current, Year previous) {

		static AreaRow empty(String area) {
			return new AreaRow(area, Year.NONE, Year.NONE);
		}

		AreaRow withCurrent(Year y) {
			return new AreaRow(this.area, y, this.previous);
		}

		AreaRow withPrevious(Year y) {
			return new AreaRow(this.area, this.current, y);
		}

		record Year(long commitments, long met, BigDecimal target, BigDecimal delivered, BigDecimal counted) {

			static final Year NONE = new Year(0, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

			BigDecimal rate() {
				return percent(this.counted, this.target);
			}

		}

	}

	Section fulfilment(List<AreaRow> areas) {
		AreaRow.Year cur = sum(areas.stream().map(AreaRow::current).toList());
		AreaRow.Year prev = sum(areas.stream().map(AreaRow::previous).toList());
		List<Figure> figures = List.of(figure("fulfilment.commitments", cur.commitments(), prev.commitments()),
				figure("fulfilment.met", cur.met(), prev.met()),
				new Figure("fulfilment.rate", "report.annual.figure.fulfilment.rate", cur.rate(), prev.rate()));
		List<List<Cell>> rows = new ArrayList<>();
		List<Cell> categories = new ArrayList<>();
		List<BigDecimal> rates = new ArrayList<>();
		List<BigDecimal> previousRates = new ArrayList<>();
		for (AreaRow a : areas) {
			if (a.current().commitments() == 0 && a.previous().commitments() == 0) {
				continue;
			}
			rows.add(List.of(Cell.key("agreement.area." + a.area()), Cell.number(a.current().commitments()),
					Cell.number(a.current().met()), Cell.number(a.current().target()),
					Cell.number(a.current().delivered()), Cell.number(a.current().rate()),
					Cell.number(a.previous().rate())));
			categories.add(Cell.key("agreement.area." + a.area()));
			rates.add(a.current().rate());
			previousRates.add(a.previous().rate());
		}
		Table table = new Table("fulfilment.areas", "report.annual.table.fulfilment.areas",
				List.of("report.annual.col.area", "report.annual.col.commitments", "report.annual.col.met",
						"report.annual.col.target", "report.annual.col.delivered", "report.annual.col.rate",
						"report.annual.col.previousRate"),
				rows);
		Chart chart = new Chart("chart.fulfilment-by-area", "report.annual.chart.fulfilmentByArea", "BAR", categories,
				List.of(new Series("report.annual.series.thisYear", rates),
						new Series("report.annual.series.lastYear", previousRates)));
		return section("fulfilment", 1, figures, List.of(table), List.of(chart),
				List.of(new Note("report.annual.note.fulfilmentRule", List.of())));
	}

	private static AreaRow.Year sum(List<AreaRow.Year> years) {
		long commitments = 0;
		long met = 0;
		BigDecimal target = BigDecimal.ZERO;
		BigDecimal delivered = BigDecimal.ZERO;
		BigDecimal counted = BigDecimal.ZERO;
		for (AreaRow.Year y : years) {
			commitments += y.commitments();
			met += y.met();
			target = target.add(y.target());
			delivered = delivered.add(y.delivered());
			counted = counted.add(y.counted());
		}
		return new AreaRow.Year(commitments, met, target, delivered, counted);
	}

	/** Held activities by type, by festival series and by month; residents served. */
	Section activities(Period period) {
		MapSqlParameterSource p = period.params();
		List<List<Cell>> byType = new ArrayList<>();
		long[] totals = new long[4];
		this.jdbc.query("""
				select a.type,
				  count(*) filter (where a.start_at >= :fromTs) as cur,
				  count(*) filter (where a.start_at < :fromTs) as prev,
				  coalesce(sum(a.residents_served) filter (where a.start_at >= :fromTs), 0) as served,
				  coalesce(sum(a.residents_served) filter (where a.start_at < :fromTs), 0) as pserved
				from activity a
				where a.status = 'HELD' and a.start_at >= :pfromTs and a.start_at < :toTs and """ + ACTIVITY_SCOPE + """
				group by a.type order by cur desc, a.type""", p, (rs) -> {
			totals[0] += rs.getLong("cur");
			totals[1] += rs.getLong("prev");
			totals[2] += rs.getLong("served");
			totals[3] += rs.getLong("pserved");
			if (rs.getLong("cur") > 0 || rs.getLong("prev") > 0) {
				byType.add(List.of(Cell.key("activity.type." + rs.getString("type")), Cell.number(rs.getLong("cur")),
						Cell.number(rs.getLong("served")), Cell.number(rs.getLong("prev"))));
			}
		});
		List<List<Cell>> byFestival = new ArrayList<>();
		this.jdbc.query("""
				select a.festival_tag, coalesce(max(t.name), a.festival_tag) as name,
				  count(*) filter (where a.start_at >= :fromTs) as cur,
				  count(*) filter (where a.start_at < :fromTs) as prev,
				  coalesce(sum(a.residents_served) filter (where a.start_at >= :fromTs), 0) as served
				from activity a left join festival_template t on t.code = a.festival_tag
				where a.festival_tag is not null and a.status = 'HELD' and a.start_at >= :pfromTs and a.start_at < :toTs
				  and """ + ACTIVITY_SCOPE + """
				group by a.festival_tag order by min(coalesce(t.sort_order, 1000)), a.festival_tag""", p, (rs) -> {
			byFestival.add(List.of(Cell.text(rs.getString("name")), Cell.number(rs.getLong("cur")),
					Cell.number(rs.getLong("served")), Cell.number(rs.getLong("prev"))));
		});
		BigDecimal[] months = new BigDecimal[12];
		BigDecimal[] previousMonths = new BigDecimal[12];
		Arrays.fill(months, BigDecimal.ZERO);
		Arrays.fill(previousMonths, BigDecimal.ZERO);
		this.jdbc.query("""
				select extract(month from a.start_at)::int as m,
				  count(*) filter (where a.start_at >= :fromTs) as cur,
				  count(*) filter (where a.start_at < :fromTs) as prev
				from activity a
				where a.status = 'HELD' and a.start_at >= :pfromTs and a.start_at < :toTs and """ + ACTIVITY_SCOPE + """
				group by 1""", p, (rs) -> {
			months[rs.getInt("m") - 1] = BigDecimal.valueOf(rs.getLong("cur"));
			previousMonths[rs.getInt("m") - 1] = BigDecimal.valueOf(rs.getLong("prev"));
		});
		List<Cell> monthCells = new ArrayList<>();
		for (int m = 1; m <= 12; m++) {
			monthCells.add(Cell.key("report.annual.month." + m));
		}
		long[] festivals = new long[2];
		byFestival.forEach((r) -> festivals[0] += r.get(1).number().longValue());
		byFestival.forEach((r) -> festivals[1] += r.get(3).number().longValue());
		List<Figure> figures = List.of(figure("activities.held", totals[0], totals[1]),
				figure("activities.festival", festivals[0], festivals[1]),
				figure("activities.residentsServed", totals[2], totals[3]));
		List<Table> tables = List.of(new Table("activities.types", "report.annual.table.activities.types",
				List.of("report.annual.col.activityType", "report.annual.col.activities",
						"report.annual.col.residentsServed", "report.annual.col.previous"),
				byType),
				new Table("activities.festivals", "report.annual.table.activities.festivals",
						List.of("report.annual.col.festival", "report.annual.col.activities",
								"report.annual.col.residentsServed", "report.annual.col.previous"),
						byFestival));
		Chart chart = new Chart("chart.activities-by-month", "report.annual.chart.activitiesByMonth", "BAR", monthCells,
				List.of(new Series("report.annual.series.thisYear", List.of(months)),
						new Series("report.annual.series.lastYear", List.of(previousMonths))));
		return section("activities", 1, figures, tables, List.of(chart), List.of());
	}

	/** Volunteers and hours per unit (units in scope), top 15 in a table and a chart. */
	Section volunteers(Period period) {
		MapSqlParameterSource p = period.params().addValue("top", TOP_UNITS);
		List<List<Cell>> rows = new ArrayList<>();
		List<Cell> names = new ArrayList<>();
		List<BigDecimal> hours = new ArrayList<>();
		BigDecimal[] totals = { BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
				BigDecimal.ZERO };
		this.jdbc.query("""
				with per_unit as (
				  select h.unit_id,
				    coalesce(sum(h.hours) filter (where a.start_at >= :fromTs), 0) as hours,
				    coalesce(sum(h.volunteers) filter (where a.start_at >= :fromTs), 0) as volunteers,
				    coalesce(sum(h.hours) filter (where a.start_at < :fromTs), 0) as phours,
				    coalesce(sum(h.volunteers) filter (where a.start_at < :fromTs), 0) as pvolunteers
				  from activity_unit_hours h
				  join activity a on a.id = h.activity_id
				  join resident_unit u on u.id = h.unit_id
				  where a.status = 'HELD' and a.start_at >= :pfromTs and a.start_at < :toTs and """ + UNIT_SCOPE + """
				  group by h.unit_id),
				ranked as (
				  select pu.*,
				    sum(hours) over () as t_hours, sum(volunteers) over () as t_volunteers,
				    sum(phours) over () as t_phours, sum(pvolunteers) over () as t_pvolunteers,
				    count(*) filter (where hours > 0 or volunteers > 0) over () as t_units,
				    count(*) filter (where phours > 0 or pvolunteers > 0) over () as t_punits,
				    row_number() over (order by hours desc, pu.unit_id) as rn
				  from per_unit pu)
				select r.*, u.name from ranked r join resident_unit u on u.id = r.unit_id
				where r.rn <= :top or r.rn = 1 order by r.rn""", p, (rs) -> {
			totals[0] = rs.getBigDecimal("t_hours");
			totals[1] = rs.getBigDecimal("t_phours");
			totals[2] = rs.getBigDecimal("t_volunteers");
			totals[3] = rs.getBigDecimal("t_pvolunteers");
			totals[4] = rs.getBigDecimal("t_units");
			totals[5] = rs.getBigDecimal("t_punits");
			if (rs.getBigDecimal("hours").signum() > 0 || rs.getLong("volunteers") > 0) {
				rows.add(List.of(Cell.number(rs.getLong("rn")), Cell.text(rs.getString("name")),
						Cell.number(rs.getLong("volunteers")), Cell.number(rs.getBigDecimal("hours")),
						Cell.number(rs.getBigDecimal("phours"))));
				names.add(Cell.text(rs.getString("name")));
				hours.add(rs.getBigDecimal("hours"));
			}
		});
		List<Figure> figures = List.of(figure("volunteers.units", totals[4], totals[5]),
				figure("volunteers.volunteers", totals[2], totals[3]),
				figure("volunteers.hours", totals[0], totals[1]));
		Table table = new Table("volunteers.units", "report.annual.table.volunteers.units",
				List.of("report.annual.col.rank", "report.annual.col.unit", "report.annual.col.volunteers",
						"report.annual.col.hours", "report.annual.col.previousHours"),
				rows);
		Chart chart = new Chart("chart.hours-by-unit", "report.annual.chart.hoursByUnit", "HBAR", names,
				List.of(new Series("report.annual.series.hours", hours)));
		return section("volunteers", 1, figures, List.of(table), List.of(chart), List.of());
	}

	/** Projects by brand and status, and partner contributions by kind. */
	Section projects(Period period) {
		MapSqlParameterSource p = period.params();
		List<List<Cell>> byBrand = new ArrayList<>();
		long[] totals = new long[4];
		this.jdbc.query("""
				select b.name as brand, p.status,
				  count(*) filter (where p.start_date < :to and p.end_date >= :from) as cur,
				  count(*) filter (where p.start_date < :from and p.end_date >= :pfrom) as prev,
				  count(*) filter (where p.start_date >= :from and p.start_date < :to) as started,
				  count(*) filter (where p.start_date >= :pfrom and p.start_date < :from) as pstarted
				from service_project p join project_brand b on b.id = p.brand_id
				where p.start_date < :to and p.end_date >= :pfrom and """ + PROJECT_SCOPE + """
				group by b.name, p.status order by b.name, p.status""", p, (rs) -> {
			totals[0] += rs.getLong("cur");
			totals[1] += rs.getLong("prev");
			totals[2] += rs.getLong("started");
			totals[3] += rs.getLong("pstarted");
			byBrand.add(List.of(Cell.text(rs.getString("brand")), Cell.key("project.status." + rs.getString("status")),
					Cell.number(rs.getLong("cur")), Cell.number(rs.getLong("prev"))));
		});
		List<List<Cell>> byKind = new ArrayList<>();
		BigDecimal[] money = { BigDecimal.ZERO, BigDecimal.ZERO };
		this.jdbc.query("""
				select pp.contribution_kind as kind,
				  count(*) filter (where p.start_date < :to and p.end_date >= :from) as cur,
				  coalesce(sum(pp.amount) filter (where p.start_date < :to and p.end_date >= :from), 0) as amount,
				  coalesce(sum(pp.amount) filter (where p.start_date < :from and p.end_date >= :pfrom), 0) as pamount
				from project_partner pp join service_project p on p.id = pp.project_id
				where p.start_date < :to and p.end_date >= :pfrom and """ + PROJECT_SCOPE + """
				  and (not :liaison or pp.unit_id = :unitId)
				group by pp.contribution_kind order by pp.contribution_kind""", p, (rs) -> {
			String kind = rs.getString("kind");
			if ("MONEY".equals(kind)) {
				money[0] = rs.getBigDecimal("amount");
				money[1] = rs.getBigDecimal("pamount");
			}
			byKind.add(List.of(Cell.key("project.kind." + kind), Cell.number(rs.getLong("cur")),
					Cell.number(rs.getBigDecimal("amount")), Cell.key("project.kind.unit." + kind),
					Cell.number(rs.getBigDecimal("pamount"))));
		});
		List<Figure> figures = List.of(figure("projects.running", totals[0], totals[1]),
				figure("projects.started", totals[2], totals[3]),
				new Figure("projects.money", "report.annual.figure.projects.money", money[0], money[1]));
		List<Table> tables = List.of(
				new Table("projects.brands", "report.annual.table.projects.brands",
						List.of("report.annual.col.brand", "report.annual.col.status", "report.annual.col.projects",
								"report.annual.col.previous"),
						byBrand),
				new Table("projects.contributions", "report.annual.table.projects.contributions",
						List.of("report.annual.col.kind", "report.annual.col.partners", "report.annual.col.amount",
								"report.annual.col.amountUnit", "report.annual.col.previous"),
						byKind));
		return section("projects", 1, figures, tables, List.of(), List.of());
	}

	/** Positions and bases, and the hours booked in them (bookings not cancelled). */
	Section positions(Period period) {
		MapSqlParameterSource p = period.params();
		List<List<Cell>> rows = new ArrayList<>();
		Map<String, Long> kinds = new HashMap<>();
		BigDecimal[] hours = { BigDecimal.ZERO, BigDecimal.ZERO };
		long[] bookings = new long[2];
		this.jdbc
			.query("""
					with b as (
					  select bk.position_id,
					    count(*) filter (where bk.starts_at >= :fromTz) as cur,
					    count(*) filter (where bk.starts_at < :fromTz) as prev,
					    coalesce(sum(extract(epoch from bk.ends_at - bk.starts_at)) filter (where bk.starts_at >= :fromTz), 0) / 3600 as hours,
					    coalesce(sum(extract(epoch from bk.ends_at - bk.starts_at)) filter (where bk.starts_at < :fromTz), 0) / 3600 as phours
					  from booking bk
					  where bk.status <> 'CANCELLED' and bk.starts_at >= :pfromTz and bk.starts_at < :toTz
					  group by bk.position_id)
					select pos.kind, pos.category, count(*) as positions,
					  coalesce(sum(b.cur), 0) as bookings, coalesce(sum(b.prev), 0) as pbookings,
					  round(coalesce(sum(b.hours), 0), 1) as hours, round(coalesce(sum(b.phours), 0), 1) as phours
					from position pos left join b on b.position_id = pos.id
					where """
					+ POSITION_SCOPE + """
							group by pos.kind, pos.category order by pos.kind desc, pos.category""", p, (rs) -> {
						kinds.merge(rs.getString("kind"), rs.getLong("positions"), Long::sum);
						hours[0] = hours[0].add(rs.getBigDecimal("hours"));
						hours[1] = hours[1].add(rs.getBigDecimal("phours"));
						bookings[0] += rs.getLong("bookings");
						bookings[1] += rs.getLong("pbookings");
						rows.add(List.of(Cell.key("position.kind." + rs.getString("kind")),
								Cell.key("position.category." + rs.getString("category")),
								Cell.number(rs.getLong("positions")), Cell.number(rs.getLong("bookings")),
								Cell.number(rs.getBigDecimal("hours")), Cell.number(rs.getBigDecimal("phours"))));
					});
		List<Figure> figures = List.of(
				new Figure("positions.positions", "report.annual.figure.positions.positions",
						BigDecimal.valueOf(kinds.getOrDefault("POSITION", 0L)), null),
				new Figure("positions.bases", "report.annual.figure.positions.bases",
						BigDecimal.valueOf(kinds.getOrDefault("BASE", 0L)), null),
				figure("positions.bookings", bookings[0], bookings[1]),
				new Figure("positions.hours", "report.annual.figure.positions.hours", hours[0], hours[1]));
		Table table = new Table("positions.usage", "report.annual.table.positions.usage",
				List.of("report.annual.col.positionKind", "report.annual.col.category", "report.annual.col.count",
						"report.annual.col.bookings", "report.annual.col.bookedHours",
						"report.annual.col.previousHours"),
				rows);
		return section("positions", 1, figures, List.of(table), List.of(),
				List.of(new Note("report.annual.note.positionsNoHistory", List.of())));
	}

	/**
	 * Evaluation results of the year's round (closed or published rounds only: an open
	 * round's scores are not final) and the confirmed recognitions.
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
				  join resident_unit u on u.id = s.unit_id
				  join evaluation_score sc on sc.sheet_id = s.id
				  join evaluation_criterion c on c.id = sc.criterion_id
				  where r.year in (:year, :year - 1) and r.status in ('CLOSED', 'PUBLISHED') and """ + UNIT_SCOPE
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
		long[] recognised = new long[2];
		this.jdbc.query("""
				select r.year, u.name, x.title, x.category, x.category_rank, x.total
				from evaluation_recognition x
				join evaluation_round r on r.id = x.round_id
				join resident_unit u on u.id = x.unit_id
				where r.year in (:year, :year - 1) and """ + UNIT_SCOPE + """
				order by r.year desc, x.title, x.category, x.category_rank, u.name""", p, (rs) -> {
			boolean cur = rs.getInt("year") == period.year();
			recognised[cur ? 0 : 1]++;
			if (cur) {
				recognitions.add(List.of(Cell.text(rs.getString("name")),
						Cell.key("report.annual.recognition." + rs.getString("title")),
						Cell.key("unit.category." + rs.getString("category")), Cell.number(rs.getLong("category_rank")),
						Cell.number(rs.getBigDecimal("total"))));
			}
		});
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

	// ------------------------------------------------------------------ part 2

	/**
	 * Sleeping partnerships: units (in scope) party to an agreement (in scope) in force
	 * in the year, with no fulfilment recorded in the year on any of those agreements.
	 */
	Table sleeping(Period period) {
		MapSqlParameterSource p = period.params();
		List<List<Cell>> rows = this.jdbc.query(
				"""
						with inforce as (
						  select a.id, a.number from agreement a
						  where """ + SIGNED + " and " + AGREEMENT_SCOPE
						+ """
								    and a.term_start < :to and a.term_end >= :from and (a.terminated_on is null or a.terminated_on >= :from)),
								parties as (
								  select ap.unit_id, i.id, i.number,
								    (select max(f.happened_on) from fulfilment f where f.agreement_id = i.id and f.happened_on < :to) as last_day
								  from inforce i join agreement_party ap on ap.agreement_id = i.id)
								select u.id, u.name, count(*) as agreements, string_agg(pa.number, ', ' order by pa.number) as numbers,
								  max(pa.last_day) as last_day
								from parties pa join resident_unit u on u.id = pa.unit_id
								where (not :liaison or u.id = :unitId)
								group by u.id, u.name
								having max(pa.last_day) is null or max(pa.last_day) < :from
								order by u.name, u.id""",
				p, (rs, n) -> List.of(Cell.text(rs.getString("name")), Cell.number(rs.getLong("agreements")),
						Cell.text(rs.getString("numbers")), dateCell(rs, "last_day")));
		return new Table("sleeping.units", "report.annual.table.sleeping", List.of("report.annual.col.unit",
				"report.annual.col.agreements", "report.annual.col.numbers", "report.annual.col.lastFulfilment"), rows);
	}

	/**
	 * Red commitments, by the rule of {@code agreement.Rag} judged on 31 December (or
	 * today in the running year), written in SQL: delivered in the year against the
	 * yearly target (a qualitative commitment counts 1); green at ≥ 100%; red below 50%
	 * when the term has ended or more than 75% of the year's part of the term has passed.
	 * Only agreements in force in the year and not terminated by the judging day are
	 * judged (a terminated agreement is green, as in the agreement module).
	 */
	Table red(Period period) {
		MapSqlParameterSource p = period.params().addValue("judge", period.asOf());
		List<List<Cell>> rows = this.jdbc.query(
				"""
						with cm as (
						  select a.number, a.community_org_id, a.term_start, a.term_end, c.id, c.description, c.area,
						    c.responsible_unit_id, coalesce(c.target_quantity, 1) as goal, c.target_unit,
						    coalesce((select sum(f.quantity) from fulfilment f
						              where f.commitment_id = c.id and f.happened_on >= :from and f.happened_on < :to), 0) as delivered,
						    greatest(a.term_start, cast(:from as date)) as p_from, least(a.term_end, cast(:to as date) - 1) as p_to
						  from agreement a join commitment c on c.agreement_id = a.id
						  where """
						+ SIGNED + " and " + AGREEMENT_SCOPE
						+ """
								    and (not :liaison or c.responsible_unit_id = :unitId)
								    and a.term_start < :to and a.term_end >= :from
								    and (a.terminated_on is null or a.terminated_on > :judge)),
								judged as (
								  select cm.*, delivered / goal as share,
								    case when p_to < p_from then (case when :judge > term_end then 1.0 else 0.0 end)
								         else greatest(0.0, least(1.0, (cast(:judge as date) - p_from + 1)::numeric / (p_to - p_from + 1))) end as elapsed
								  from cm)
								select j.*, coalesce(u.name, o.name) as responsible
								from judged j
								left join resident_unit u on u.id = j.responsible_unit_id
								left join organisation o on o.id = j.community_org_id
								where j.share < 0.5 and (cast(:judge as date) > j.term_end or j.elapsed > 0.75)
								order by j.share, j.number, j.id""",
				p,
				(rs, n) -> List.of(Cell.text(rs.getString("number")), Cell.text(rs.getString("description")),
						Cell.text(rs.getString("responsible")), Cell.key("agreement.area." + rs.getString("area")),
						Cell.number(rs.getBigDecimal("goal")), Cell.number(rs.getBigDecimal("delivered")),
						Cell.number(percent(rs.getBigDecimal("delivered"), rs.getBigDecimal("goal")))));
		return new Table("red.commitments", "report.annual.table.red",
				List.of("report.annual.col.agreement", "report.annual.col.commitment", "report.annual.col.responsible",
						"report.annual.col.area", "report.annual.col.target", "report.annual.col.delivered",
						"report.annual.col.rate"),
				rows);
	}

	/**
	 * Units (in scope, existing on the as-of day) without a primary liaison in office on
	 * that day; the evidence is the last primary liaison and when they left.
	 */
	Table withoutLiaison(Period period) {
		MapSqlParameterSource p = period.params();
		List<List<Cell>> rows = this.jdbc.query("""
				select u.id, u.name, u.category, last.person_name, last.end_date
				from resident_unit u
				left join lateral (
				  select l.person_name, l.end_date from liaison l
				  where l.unit_id = u.id and l.is_primary and l.start_date <= :asOf
				  order by l.end_date desc nulls first, l.id desc limit 1) last on true
				where """ + UNIT_SCOPE + " and " + UNIT_EXISTS + """
				  and not exists (select 1 from liaison l where l.unit_id = u.id and l.is_primary
				                  and l.start_date <= :asOf and (l.end_date is null or l.end_date >= :asOf))
				order by u.name, u.id""", p,
				(rs, n) -> List.of(Cell.text(rs.getString("name")),
						Cell.key("unit.category." + rs.getString("category")), Cell.text(rs.getString("person_name")),
						dateCell(rs, "end_date")));
		return new Table(
				"liaison.missing", "report.annual.table.noLiaison", List.of("report.annual.col.unit",
						"report.annual.col.category", "report.annual.col.lastLiaison", "report.annual.col.leftOn"),
				rows);
	}

	/** The areas with the lowest delivery rate (below 100%), lowest first. */
	Table lowestAreas(List<AreaRow> areas) {
		List<List<Cell>> rows = areas.stream()
			.filter((a) -> a.current().commitments() > 0 && a.current().rate().compareTo(HUNDRED) < 0)
			.sorted(Comparator.comparing((AreaRow a) -> a.current().rate()).thenComparing(AreaRow::area))
			.limit(LOWEST_AREAS)
			.map((a) -> List.of(Cell.key("agreement.area." + a.area()), Cell.number(a.current().commitments()),
					Cell.number(a.current().met()), Cell.number(a.current().rate()), Cell.number(a.previous().rate())))
			.toList();
		return new Table("areas.lowest", "report.annual.table.lowestAreas",
				List.of("report.annual.col.area", "report.annual.col.commitments", "report.annual.col.met",
						"report.annual.col.rate", "report.annual.col.previousRate"),
				rows);
	}

	/**
	 * Units ranked above the sub-district ({@link AdminRank#isAboveSubDistrict()}: 部级 and
	 * 厅局级, above the sub-district's 县处级) that joined no held activity in the year,
	 * neither as a partner nor with volunteer hours.
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
						   where ap.unit_id = u.id and """ + SIGNED
						+ """
								     and a.term_start < :to and a.term_end >= :from
								     and (a.terminated_on is null or a.terminated_on >= :from)) as agreements,
								  (select max(a.start_at) from activity a where a.status = 'HELD' and a.start_at < :fromTs
								     and (exists (select 1 from activity_partner ap where ap.activity_id = a.id and ap.unit_id = u.id)
								          or exists (select 1 from activity_unit_hours h where h.activity_id = a.id and h.unit_id = u.id))) as last_at
								from resident_unit u
								where u.admin_rank in (:ranks) and """
						+ UNIT_SCOPE + " and " + UNIT_EXISTS
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

	// ------------------------------------------------------------------ helpers

	static Figure figure(String key, long value, long previous) {
		return new Figure(key, "report.annual.figure." + key, BigDecimal.valueOf(value), BigDecimal.valueOf(previous));
	}

	static Figure figure(String key, @Nullable BigDecimal value, @Nullable BigDecimal previous) {
		return new Figure(key, "report.annual.figure." + key, value == null ? BigDecimal.ZERO : value, previous);
	}

	static Section section(String key, int part, List<Figure> figures, List<Table> tables, List<Chart> charts,
			List<Note> notes) {
		return new Section(key, part, "report.annual.section." + key, figures, tables, charts, notes);
	}

	/** part / whole × 100 with one decimal; 0 when there is no whole. */
	static BigDecimal percent(BigDecimal part, BigDecimal whole) {
		if (whole.signum() == 0) {
			return BigDecimal.ZERO.setScale(1);
		}
		return part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
	}

	private static Cell dateCell(ResultSet rs, String column) throws SQLException {
		java.sql.Date date = rs.getDate(column);
		return date == null ? Cell.key("report.annual.never") : Cell.text(date.toLocalDate().toString());
	}

}
