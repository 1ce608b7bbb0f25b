package org.lianjian.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lianjian.report.AnnualReport.Cell;
import org.lianjian.report.AnnualReport.Chart;
import org.lianjian.report.AnnualReport.Figure;
import org.lianjian.report.AnnualReport.Note;
import org.lianjian.report.AnnualReport.Section;
import org.lianjian.report.AnnualReport.Series;
import org.lianjian.report.AnnualReport.Table;
import org.lianjian.report.AnnualReportQueries.Period;
import org.lianjian.shared.sql.ScopeClause;
import org.lianjian.unit.UnitScope;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import static org.lianjian.report.AnnualReportQueries.UNIT_SCOPE;
import static org.lianjian.report.AnnualReportQueries.figure;
import static org.lianjian.report.AnnualReportQueries.pad;
import static org.lianjian.report.AnnualReportQueries.section;

/**
 * The annual report's part-1 sections on activities, volunteer hours, service projects
 * and positions, in the scope and period rules of {@link AnnualReportQueries}.
 */
@Component
class AnnualActivityQueries {

	/** Units in the hours table and chart. */
	static final int TOP_UNITS = 15;

	/**
	 * Activities in the report's scope: organised by an organisation in scope, with a
	 * partner unit in scope ({@link UnitScope}), or with hours of the user's unit.
	 */
	static final String ACTIVITY_SCOPE = pad(ScopeClause.of("a.organiser_org_id",
			"exists (select 1 from activity_partner sp join unit_directory su on su.id = sp.unit_id"
					+ " where sp.activity_id = a.id and " + UnitScope.on("su").sql() + ")"
					+ " or exists (select 1 from activity_unit_hours sh where sh.activity_id = a.id and sh.unit_id = :"
					+ ScopeClause.UNIT + ")")
		.sqlOrAll());

	/**
	 * Projects in scope: led by an organisation in scope, or with a partner unit in
	 * scope.
	 */
	static final String PROJECT_SCOPE = pad(ScopeClause
		.of("p.lead_org_id",
				"exists (select 1 from project_partner sp join unit_directory su on su.id = sp.unit_id"
						+ " where sp.project_id = p.id and " + UnitScope.on("su").sql() + ")")
		.sqlOrAll());

	/** Positions in scope: owned by an organisation in scope, or by a unit in scope. */
	static final String POSITION_SCOPE = pad(ScopeClause
		.of("pos.owner_organisation_id",
				"exists (select 1 from unit_directory su where su.id = pos.owner_unit_id and "
						+ UnitScope.on("su").sql() + ")")
		.sqlOrAll());

	private final NamedParameterJdbcTemplate jdbc;

	AnnualActivityQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
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
		Chart chart = byMonth(p);
		return section("activities", 1, figures, tables, List.of(chart), List.of());
	}

	/** Held activities per month of the year and of the year before. */
	private Chart byMonth(MapSqlParameterSource p) {
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
		return new Chart("chart.activities-by-month", "report.annual.chart.activitiesByMonth", "BAR", monthCells,
				List.of(new Series("report.annual.series.thisYear", List.of(months)),
						new Series("report.annual.series.lastYear", List.of(previousMonths))));
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
				  join unit_directory u on u.id = h.unit_id
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
				select r.*, u.name from ranked r join unit_directory u on u.id = r.unit_id
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

}
