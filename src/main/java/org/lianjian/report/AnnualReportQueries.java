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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.lianjian.account.DataScope;
import org.lianjian.agreement.AgreementScope;
import org.lianjian.shared.sql.SqlWhere;
import org.lianjian.unit.UnitScope;
import org.lianjian.report.AnnualReport.Cell;
import org.lianjian.report.AnnualReport.Chart;
import org.lianjian.report.AnnualReport.Figure;
import org.lianjian.report.AnnualReport.Note;
import org.lianjian.report.AnnualReport.Section;
import org.lianjian.report.AnnualReport.Series;
import org.lianjian.report.AnnualReport.Table;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The query layer of the annual report: plain SQL over the modules' tables, every
 * aggregate computed by PostgreSQL (GROUP BY, FILTER, window functions), this year and
 * the previous year in the same statement wherever practical. This class holds the
 * period, the scopes and the agreement and fulfilment sections; {@link AnnualUnitQueries}
 * the structure, units, liaisons and evaluation, and {@link AnnualActivityQueries} the
 * activities, volunteers, projects and positions.
 *
 * <p>
 * <b>Scope</b> (the same {@link DataScope} rules as the rest of the portal):
 * <ul>
 * <li>ADMIN/STAFF: everything.</li>
 * <li>SECRETARY (organisation subtree S): units whose residential area is in S;
 * agreements whose community organisation is in S (as in the agreement list); activities
 * organised by an organisation in S or with a partner unit in S's areas; projects led by
 * an organisation in S or with a partner unit there; positions owned by an organisation
 * in S or by a unit there; organisations in S, and the memberships of organisations in S
 * and of the party organisations of the units in S's areas.</li>
 * <li>LIAISON (unit U, "my unit's year"): unit U only; agreements U is a party to, and of
 * those the commitments U is responsible for; activities U was a partner of or logged
 * hours for; projects U is a partner of (and only U's own contributions); positions U
 * owns; the memberships of U's party organisation.</li>
 * </ul>
 *
 * <p>
 * <b>Dates.</b> The year is [1 Jan, 1 Jan next year). Year-end figures are counted "as
 * of" 31 December of the year, or today while the year is still running
 * ({@link Period#asOf()}), and the report says which day it used. A unit counts on a day
 * when it is present then, from its effective start date until its status date, and a
 * liaison when in office then ({@code unit.UnitOnDay}); a membership when current then
 * ({@code structure.MembershipOnDay}). An agreement is <em>in force</em> in a year when
 * it was signed (ACTIVE, EXPIRED or TERMINATED), its term overlaps the year and it was
 * not terminated before the year began. Activities count when HELD and starting in the
 * year. Projects count in the years their period overlaps (contributions carry no date
 * and count with their project). Organisations count until they were retired (their
 * creation dates are not tracked).
 */
@Component
class AnnualReportQueries {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** Areas listed in part 2 as the lowest delivery. */
	static final int LOWEST_AREAS = 3;

	/** Years in the agreements chart. */
	static final int CHART_YEARS = 10;

	/** Units in scope, on {@code unit_directory u}: the unit module's clause. */
	static final String UNIT_SCOPE = pad(UnitScope.UNITS.sqlOrAll());

	/** Agreements in scope, on {@code agreement a}: the agreement module's clause. */
	static final String AGREEMENT_SCOPE = pad(AgreementScope.AGREEMENTS.sqlOrAll());

	static final String SIGNED = pad("a.status in ('ACTIVE', 'EXPIRED', 'TERMINATED')");

	private final NamedParameterJdbcTemplate jdbc;

	/** SQL fragments are glued into text blocks, whose trailing spaces Java strips. */
	static String pad(String sql) {
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
	 * @param zone the portal's zone, for the bounds of the year as instants
	 */
	record Period(int year, DataScope scope, LocalDate today, ZoneId zone) {

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
			MapSqlParameterSource p = SqlWhere.scopeParams(new MapSqlParameterSource(), this.scope);
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
					OffsetDateTime.of(from().atStartOfDay(), this.zone.getRules().getOffset(from().atStartOfDay())));
			p.addValue("toTz",
					OffsetDateTime.of(to().atStartOfDay(), this.zone.getRules().getOffset(to().atStartOfDay())));
			p.addValue("pfromTz", OffsetDateTime.of(previousFrom().atStartOfDay(),
					this.zone.getRules().getOffset(previousFrom().atStartOfDay())));
			p.addValue("asOf", asOf());
			p.addValue("pAsOf", previousAsOf());
			p.addValue("today", this.today);
			return p;
		}

	}

	// ------------------------------------------------------------------ part 1

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
								 and a.term_end >= make_date(:firstYear, 1, 1)),
								in_force as (
								  select g.y, count(*) as n from a
								  cross join lateral generate_series(greatest(extract(year from a.term_start)::int, :firstYear),
								    least(extract(year from a.term_end)::int, coalesce(extract(year from a.terminated_on)::int, :year), :year)) as g(y)
								  group by g.y),
								signed as (
								  select extract(year from a.signed)::int as y, count(*) as n from a
								  where a.signed >= make_date(:firstYear, 1, 1) and a.signed < :to group by 1)
								select g.y, coalesce(s.n, 0) as new, coalesce(f.n, 0) as in_force
								from generate_series(:firstYear, :year) as g(y)
								left join signed s on s.y = g.y left join in_force f on f.y = g.y
								order by g.y""",
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
		this.jdbc.query("""
				with yrs(cur, f, t) as (values (true, cast(:from as date), cast(:to as date)),
				                               (false, cast(:pfrom as date), cast(:from as date))),
				fd as (
				  select f.commitment_id,
				    sum(f.quantity) filter (where f.happened_on >= :from) as cur,
				    sum(f.quantity) filter (where f.happened_on < :from) as prev
				  from fulfilment f where f.happened_on >= :pfrom and f.happened_on < :to
				  group by f.commitment_id),
				cm as (
				  select y.cur, c.area, coalesce(c.target_quantity, 1) as goal,
				    coalesce(case when y.cur then fd.cur else fd.prev end, 0) as delivered
				  from yrs y
				  join agreement a on a.term_start < y.t and a.term_end >= y.f
				    and (a.terminated_on is null or a.terminated_on >= y.f)
				  join commitment c on c.agreement_id = a.id
				  left join fd on fd.commitment_id = c.id
				  where """ + SIGNED + " and " + AGREEMENT_SCOPE + """
				    and (not :liaison or c.responsible_unit_id = :unitId))
				select area, cur, count(*) as commitments, count(*) filter (where delivered >= goal) as met,
				  sum(goal) as target, sum(delivered) as delivered, sum(least(delivered, goal)) as counted
				from cm group by area, cur""", p, (rs) -> {
			String area = rs.getString("area");
			AreaRow row = rows.computeIfAbsent(area, AreaRow::empty);
			AreaRow.Year y = new AreaRow.Year(rs.getLong("commitments"), rs.getLong("met"), rs.getBigDecimal("target"),
					rs.getBigDecimal("delivered"), rs.getBigDecimal("counted"));
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
								from parties pa join unit_directory u on u.id = pa.unit_id
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
						with fd as (
						  select f.commitment_id, sum(f.quantity) as delivered from fulfilment f
						  where f.happened_on >= :from and f.happened_on < :to group by f.commitment_id),
						cm as (
						  select a.number, a.community_org_id, a.term_start, a.term_end, c.id, c.description, c.area,
						    c.responsible_unit_id, coalesce(c.target_quantity, 1) as goal, c.target_unit,
						    coalesce(fd.delivered, 0) as delivered,
						    greatest(a.term_start, cast(:from as date)) as p_from, least(a.term_end, cast(:to as date) - 1) as p_to
						  from agreement a join commitment c on c.agreement_id = a.id
						  left join fd on fd.commitment_id = c.id
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
								left join unit_directory u on u.id = j.responsible_unit_id
								left join organisation_directory o on o.id = j.community_org_id
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

	static Cell dateCell(ResultSet rs, String column) throws SQLException {
		java.sql.Date date = rs.getDate(column);
		return date == null ? Cell.key("report.annual.never") : Cell.text(date.toLocalDate().toString());
	}

}
