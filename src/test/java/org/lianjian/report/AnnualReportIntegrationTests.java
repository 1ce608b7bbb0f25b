package org.lianjian.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lianjian.report.AnnualReport.Cell;
import org.lianjian.report.AnnualReport.Figure;
import org.lianjian.report.AnnualReport.Table;
import org.lianjian.unit.AdminRank;
import org.lianjian.unit.PartyOrgKind;
import org.lianjian.unit.UnitCategory;
import org.lianjian.unit.UnitForm;
import org.lianjian.unit.UnitStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every part-1 figure of the annual report, for the year and the year before, equals an
 * SQL count written here independently of the report's queries: units count from the day
 * they arrived (one arrived in June 2024) until they left, liaisons are out of office on
 * the day their appointment ends (one left on 31 December 2024), a membership counts
 * through its last day (one ended in June 2024), recognised units are counted once. And
 * units registered today leave every earlier year's report as it was.
 */
class AnnualReportIntegrationTests extends AnnualReportDatabaseTests {

	// ------------------------------------------------------------------ part 1

	/**
	 * Organisations and units present on 31 December (and on 31 December the year
	 * before).
	 */
	@Test
	void organisationAndUnitFiguresEqualIndependentCounts() {
		AnnualReport report = staffReport();
		assertThat(report.scope().kind()).isEqualTo("ALL");
		Map<String, Figure> f = figures(report);
		// structure as of 31 Dec (and 31 Dec the year before)
		// organisations not retired by then; a unit's party organisation once its unit is
		// there
		String organisations = """
				select count(*) from organisation o
				where ((o.retired_on is null and o.status = 'ACTIVE') or o.retired_on > date '%1$s')
				  and not exists (select 1 from resident_unit u where u.party_org_id = o.id and u.effective_from > date '%1$s')""";
		expect(f, "structure.organisations", organisations.formatted("2024-12-31"),
				organisations.formatted("2023-12-31"));
		// five bodies plus the coordination committee and two units' party organisations
		assertThat(f.get("structure.organisations").value()).isEqualByComparingTo("8");
		assertThat(f.get("structure.organisations").previous()).isEqualByComparingTo("9");
		// units on 31 December: arrived by then and not yet gone (unit four left in 2023,
		// unit six arrived in June 2024)
		String present = "select count(*) from resident_unit where effective_from <= date '%1$s'"
				+ " and (status = 'ACTIVE' or status_date > date '%1$s')";
		expect(f, "structure.units", present.formatted("2024-12-31"), present.formatted("2023-12-31"));
		assertThat(f.get("structure.units").value()).isEqualByComparingTo("6");
		assertThat(f.get("structure.units").previous()).isEqualByComparingTo("5");
	}

	/**
	 * The coordination roster, networks and committees on 31 December: one count for the
	 * figure and the table.
	 */
	@Test
	void membershipFiguresEqualIndependentCounts() {
		AnnualReport report = staffReport();
		Map<String, Figure> f = figures(report);
		// the roster of the committee holding the coordination role on 31 December
		String roster = """
				select count(*) from membership m join organisation g on g.id = m.group_id
				where g.structure_role = 'NETWORK_COORDINATION' and m.valid_from <= date '%1$s'
				  and (m.valid_to is null or m.valid_to >= date '%1$s')""";
		expect(f, "structure.coordinationMembers", roster.formatted("2024-12-31"), roster.formatted("2023-12-31"));
		assertThat(f.get("structure.coordinationMembers").value()).isEqualByComparingTo("1");
		assertThat(f.get("structure.coordinationMembers").previous()).isEqualByComparingTo("2");
		// the figure and the committee's row of the groups table are one count
		List<Cell> committeeRow = table(report, "structure.groups").rows()
			.stream()
			.filter((r) -> "党建协调委员会".equals(r.get(0).text()))
			.findFirst()
			.orElseThrow();
		assertThat(committeeRow.get(2).number()).isEqualByComparingTo(f.get("structure.coordinationMembers").value());
		assertThat(committeeRow.get(3).number())
			.isEqualByComparingTo(f.get("structure.coordinationMembers").previous());
		expect(f, "structure.networkMemberships", """
				select count(*) from membership m join organisation g on g.id = m.group_id
				where g.structure_role is not null and m.valid_from <= date '2024-12-31'
				  and coalesce(m.valid_to, date '9999-12-31') >= date '2024-12-31'""", """
				select count(*) from membership m join organisation g on g.id = m.group_id
				where g.structure_role is not null and m.valid_from <= date '2023-12-31'
				  and coalesce(m.valid_to, date '9999-12-31') >= date '2023-12-31'""");
		assertThat(f.get("structure.networkMemberships").value()).isEqualByComparingTo("3");
		assertThat(f.get("structure.networkMemberships").previous()).isEqualByComparingTo("3");
		expect(f, "structure.committeeMemberships", """
				select count(*) from membership m join organisation g on g.id = m.group_id
				where g.type = 'CO_GOVERNANCE_COMMITTEE' and m.valid_from <= date '2024-12-31'
				  and coalesce(m.valid_to, date '9999-12-31') >= date '2024-12-31'""", """
				select count(*) from membership m join organisation g on g.id = m.group_id
				where g.type = 'CO_GOVERNANCE_COMMITTEE' and m.valid_from <= date '2023-12-31'
				  and coalesce(m.valid_to, date '9999-12-31') >= date '2023-12-31'""");
		assertThat(f.get("structure.committeeMemberships").previous()).isEqualByComparingTo("2");
	}

	/**
	 * Agreements signed, in force, expired, renewed and terminated, and the ten-year
	 * chart.
	 */
	@Test
	void agreementFiguresEqualIndependentCounts() {
		AnnualReport report = staffReport();
		Map<String, Figure> f = figures(report);
		// agreements (drafts and submitted ones never count)
		String signed = "status in ('ACTIVE', 'EXPIRED', 'TERMINATED')";
		expect(f, "agreements.new",
				"select count(*) from agreement where " + signed + " and extract(year from signed_on) = 2024",
				"select count(*) from agreement where " + signed + " and extract(year from signed_on) = 2023");
		expect(f, "agreements.inForce",
				"select count(*) from agreement where " + signed
						+ " and daterange(term_start, term_end, '[]') && daterange('2024-01-01', '2024-12-31', '[]')"
						+ " and (terminated_on is null or terminated_on >= date '2024-01-01')",
				"select count(*) from agreement where " + signed
						+ " and daterange(term_start, term_end, '[]') && daterange('2023-01-01', '2023-12-31', '[]')"
						+ " and (terminated_on is null or terminated_on >= date '2023-01-01')");
		assertThat(f.get("agreements.inForce").value()).isEqualByComparingTo("4");
		assertThat(f.get("agreements.inForce").previous()).isEqualByComparingTo("3");
		expect(f, "agreements.expired",
				"select count(*) from agreement where status in ('ACTIVE', 'EXPIRED') and extract(year from term_end) = 2024",
				"select count(*) from agreement where status in ('ACTIVE', 'EXPIRED') and extract(year from term_end) = 2023");
		expect(f, "agreements.renewed",
				"select count(*) from agreement where " + signed
						+ " and renewed_from_id is not null and extract(year from signed_on) = 2024",
				"select count(*) from agreement where " + signed
						+ " and renewed_from_id is not null and extract(year from signed_on) = 2023");
		expect(f, "agreements.terminated",
				"select count(*) from agreement where status = 'TERMINATED' and extract(year from terminated_on) = 2024",
				"select count(*) from agreement where status = 'TERMINATED' and extract(year from terminated_on) = 2023");

		AnnualReport.Chart byYear = chart(report, "chart.agreements-by-year");
		assertThat(byYear.categories()).hasSize(10);
		assertThat(byYear.series().get(0).values().get(9)).isEqualByComparingTo(f.get("agreements.new").value());
		assertThat(byYear.series().get(1).values().get(9)).isEqualByComparingTo(f.get("agreements.inForce").value());
		assertThat(byYear.series().get(1).values().get(8)).isEqualByComparingTo(f.get("agreements.inForce").previous());
	}

	/** Commitments in force, met, and the delivery rate. */
	@Test
	void fulfilmentFiguresEqualIndependentCounts() {
		AnnualReport report = staffReport();
		Map<String, Figure> f = figures(report);
		// fulfilment against targets
		String commitmentsInForce = """
				select c.id, coalesce(c.target_quantity, 1) as goal,
				  (select coalesce(sum(quantity), 0) from fulfilment x where x.commitment_id = c.id
				     and extract(year from x.happened_on) = %1$d) as delivered
				from commitment c join agreement a on a.id = c.agreement_id
				where a.status in ('ACTIVE', 'EXPIRED', 'TERMINATED')
				  and extract(year from a.term_start) <= %1$d and extract(year from a.term_end) >= %1$d
				  and (a.terminated_on is null or extract(year from a.terminated_on) >= %1$d)""";
		expect(f, "fulfilment.commitments", "select count(*) from (" + commitmentsInForce.formatted(2024) + ") t",
				"select count(*) from (" + commitmentsInForce.formatted(2023) + ") t");
		expect(f, "fulfilment.met",
				"select count(*) from (" + commitmentsInForce.formatted(2024) + ") t where delivered >= goal",
				"select count(*) from (" + commitmentsInForce.formatted(2023) + ") t where delivered >= goal");
		expect(f, "fulfilment.rate",
				"select round(100 * sum(least(delivered, goal)) / sum(goal), 1) from ("
						+ commitmentsInForce.formatted(2024) + ") t",
				"select round(100 * sum(least(delivered, goal)) / sum(goal), 1) from ("
						+ commitmentsInForce.formatted(2023) + ") t");
		// (6 + 0 + 0 + 1 + 0) of (10 + 1 + 4 + 2 + 2); and (10 + 1 + 4 + 0.2) of (10 + 1
		// + 4 + 1)
		assertThat(f.get("fulfilment.rate").value()).isEqualByComparingTo("36.8");
		assertThat(f.get("fulfilment.rate").previous()).isEqualByComparingTo("95.0");
		Table areas = table(report, "fulfilment.areas");
		assertThat(areas.rows()).extracting((r) -> r.get(0).messageKey())
			.containsExactly("agreement.area.EDUCATION", "agreement.area.CULTURE", "agreement.area.HEALTH",
					"agreement.area.ELDERLY", "agreement.area.OTHER");
		assertThat(areas.rows().get(0).get(5).number()).isEqualByComparingTo("60.0");
	}

	/** Held activities, festivals and residents served. */
	@Test
	void activityFiguresEqualIndependentCounts() {
		AnnualReport report = staffReport();
		Map<String, Figure> f = figures(report);
		// activities (held only)
		String held = "select count(*) from activity where status = 'HELD' and extract(year from start_at) = ";
		expect(f, "activities.held", held + "2024", held + "2023");
		expect(f, "activities.festival", held + "2024 and festival_tag is not null",
				held + "2023 and festival_tag is not null");
		expect(f, "activities.residentsServed",
				"select coalesce(sum(residents_served), 0) from activity where status = 'HELD' and extract(year from start_at) = 2024",
				"select coalesce(sum(residents_served), 0) from activity where status = 'HELD' and extract(year from start_at) = 2023");
		assertThat(f.get("activities.residentsServed").value()).isEqualByComparingTo("80");
		Table types = table(report, "activities.types");
		assertThat(types.rows()).hasSize(4);
		Table festivals = table(report, "activities.festivals");
		assertThat(festivals.rows()).extracting((r) -> r.get(0).text()).containsExactlyInAnyOrder("学雷锋日", "元旦");
		AnnualReport.Chart months = report.sections()
			.stream()
			.flatMap((s) -> s.charts().stream())
			.filter((c) -> c.key().equals("chart.activities-by-month"))
			.findFirst()
			.orElseThrow();
		assertThat(months.series().get(0).values().get(2)).isEqualByComparingTo("1");
		assertThat(months.series().get(0).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
			.isEqualByComparingTo(f.get("activities.held").value());
	}

	/** Volunteer hours and units; projects and money. */
	@Test
	void volunteerAndProjectFiguresEqualIndependentCounts() {
		AnnualReport report = staffReport();
		Map<String, Figure> f = figures(report);
		// volunteers and hours
		String hours = "from activity_unit_hours h join activity a on a.id = h.activity_id where a.status = 'HELD' and extract(year from a.start_at) = ";
		expect(f, "volunteers.hours", "select coalesce(sum(h.hours), 0) " + hours + "2024",
				"select coalesce(sum(h.hours), 0) " + hours + "2023");
		expect(f, "volunteers.volunteers", "select coalesce(sum(h.volunteers), 0) " + hours + "2024",
				"select coalesce(sum(h.volunteers), 0) " + hours + "2023");
		expect(f, "volunteers.units", "select count(distinct h.unit_id) " + hours + "2024",
				"select count(distinct h.unit_id) " + hours + "2023");
		Table top = table(report, "volunteers.units");
		assertThat(top.rows()).extracting((r) -> r.get(1).text()).containsExactly("单位一", "单位五", "单位二");

		// projects and contributions
		String overlapping = "from service_project p where p.start_date <= date '%1$d-12-31' and p.end_date >= date '%1$d-01-01'";
		expect(f, "projects.running", "select count(*) " + overlapping.formatted(2024),
				"select count(*) " + overlapping.formatted(2023));
		expect(f, "projects.started", "select count(*) from service_project where extract(year from start_date) = 2024",
				"select count(*) from service_project where extract(year from start_date) = 2023");
		expect(f, "projects.money",
				"select coalesce(sum(pp.amount), 0) from project_partner pp where pp.contribution_kind = 'MONEY' and pp.project_id in (select p.id "
						+ overlapping.formatted(2024) + ")",
				"select coalesce(sum(pp.amount), 0) from project_partner pp where pp.contribution_kind = 'MONEY' and pp.project_id in (select p.id "
						+ overlapping.formatted(2023) + ")");
		assertThat(table(report, "projects.brands").rows()).hasSize(3);
	}

	/** Positions and bookings; the evaluation and the recognised units. */
	@Test
	void positionAndEvaluationFiguresEqualIndependentCounts() {
		AnnualReport report = staffReport();
		Map<String, Figure> f = figures(report);
		// positions and booked hours
		expect(f, "positions.positions", "select count(*) from position where kind = 'POSITION'", null);
		expect(f, "positions.bases", "select count(*) from position where kind = 'BASE'", null);
		String booked = "from booking where status = 'BOOKED' and extract(year from starts_at at time zone 'Asia/Shanghai') = ";
		expect(f, "positions.bookings", "select count(*) " + booked + "2024", "select count(*) " + booked + "2023");
		expect(f, "positions.hours",
				"select coalesce(sum(extract(epoch from ends_at - starts_at)) / 3600, 0) " + booked + "2024",
				"select coalesce(sum(extract(epoch from ends_at - starts_at)) / 3600, 0) " + booked + "2023");
		assertThat(f.get("positions.hours").value()).isEqualByComparingTo("3");

		// evaluation (closed or published rounds only; 2023's round is still open)
		expect(f, "evaluation.units", """
				select count(*) from evaluation_sheet s join evaluation_round r on r.id = s.round_id
				where r.year = 2024 and r.status <> 'OPEN'""", "select 0");
		assertThat(f.get("evaluation.average").value()).isEqualByComparingTo("73.00");
		assertThat(f.get("evaluation.average").previous()).isNull();
		// recognised units, not titles: unit one holds two titles
		expect(f, "evaluation.recognitions",
				"""
						select count(distinct x.unit_id) from evaluation_recognition x join evaluation_round r on r.id = x.round_id
						where r.year = 2024""",
				"select 0");
		assertThat(f.get("evaluation.recognitions").value()).isEqualByComparingTo("1");
		assertThat(table(report, "evaluation.recognitions").rows()).hasSize(2);
	}

	/** Part 2's count of units without a primary liaison in office on 31 December. */
	@Test
	void unitsWithoutALiaisonEqualAnIndependentCount() {
		AnnualReport report = staffReport();
		Map<String, Figure> f = figures(report);
		// part 2's count of units without a primary liaison in office on 31 December: a
		// liaison whose appointment ends on a day is out of office on that day
		expect(f, "liaison.count",
				"""
						select count(*) from resident_unit u
						where u.effective_from <= date '2024-12-31' and (u.status = 'ACTIVE' or u.status_date > date '2024-12-31')
						  and not exists (select 1 from liaison l where l.unit_id = u.id and l.is_primary
						    and l.start_date <= date '2024-12-31' and (l.end_date is null or l.end_date > date '2024-12-31'))""",
				null);
	}

	/**
	 * Units registered today, two of them joining the coordination committee through the
	 * unit form (which also gives them party organisations): every figure, table and
	 * chart of every earlier year stays as it was, and this year counts them.
	 */
	@Test
	void unitsRegisteredTodayLeaveEveryEarlierYearAsItWas() {
		int thisYear = LocalDate.now().getYear();
		Map<Integer, String> before = new java.util.TreeMap<>();
		for (int year = 2020; year < thisYear; year++) {
			before.put(year, sections(year));
		}
		BigDecimal unitsNow = figures(as("staff", () -> this.reports.live(thisYear))).get("structure.units").value();
		as("staff", () -> {
			for (int i = 1; i <= 5; i++) {
				boolean member = i <= 2;
				this.units.create(UnitForm.builder()
					.name("今日登记单位" + i)
					.category(UnitCategory.STATE_OWNED)
					.adminRank(AdminRank.BUREAU)
					.residentialAreaId(this.data.areaA)
					.headcount(100)
					.partyOrgKind(member ? PartyOrgKind.BRANCH : null)
					.partyMemberCount(10)
					.coordinationMember(member)
					.status(UnitStatus.ACTIVE)
					.build());
			}
			return null;
		});
		try {
			for (int year = 2020; year < thisYear; year++) {
				assertThat(sections(year)).as("report of " + year).isEqualTo(before.get(year));
			}
			Map<String, Figure> now = figures(as("staff", () -> this.reports.live(thisYear)));
			assertThat(now.get("structure.units").value()).isEqualByComparingTo(unitsNow.add(BigDecimal.valueOf(5)));
		}
		finally {
			this.db.update("delete from membership where organisation_id in"
					+ " (select party_org_id from resident_unit where name like '今日登记单位%')");
			this.db.update("delete from unit_change where unit_id in"
					+ " (select id from resident_unit where name like '今日登记单位%')");
			List<Long> orgs = this.db.queryForList(
					"select party_org_id from resident_unit where name like '今日登记单位%' and party_org_id is not null",
					Long.class);
			this.db.update("delete from resident_unit where name like '今日登记单位%'");
			orgs.forEach((id) -> this.db.update("delete from organisation where id = ?", id));
		}
	}

	/** A year's report as the sub-district sees it, without the time it was made. */
	private String sections(int year) {
		return String.valueOf(as("staff", () -> this.reports.live(year)).sections());
	}

}
