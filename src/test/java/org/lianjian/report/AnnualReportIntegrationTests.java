package org.lianjian.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lianjian.report.AnnualReport.Cell;
import org.lianjian.report.AnnualReport.Figure;
import org.lianjian.report.AnnualReport.Section;
import org.lianjian.report.AnnualReport.Table;
import org.lianjian.shared.jpa.StaleEditException;
import org.lianjian.support.RouteRoleMatrix;
import org.lianjian.support.TestDatabase;
import org.lianjian.support.Users;
import org.lianjian.unit.AdminRank;
import org.lianjian.unit.PartyOrgKind;
import org.lianjian.unit.UnitCategory;
import org.lianjian.unit.UnitForm;
import org.lianjian.unit.UnitService;
import org.lianjian.unit.UnitStatus;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The annual report on a small hand-built dataset in a database of its own: every part-1
 * figure equals an independently written SQL count, part 2's lists are exactly the
 * expected units and commitments, scope narrows the report, snapshots stay put, and part
 * 3's text refuses a stale edit.
 *
 * <p>
 * The year under test is 2024 (the previous year 2023); both lie in the past, so "as of"
 * is 31 December.
 */
@SpringBootTest(properties = { "portal.test.own-database=true", "portal.demo-data=false" })
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnnualReportIntegrationTests {

	static final int Y = 2024;

	private static final EmbeddedPostgres postgres = TestDatabase.startEmbedded();

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
	}

	@Autowired
	JdbcTemplate db;

	@Autowired
	AnnualReportService reports;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Autowired
	UnitService units;

	long core, n1, areaA, areaB, committee, retired, coordination;

	long u1, u2, u3, u4, u5, u6, u7;

	long g1, g2, g3, g4, g5, g6;

	long c1, c2, c3, c4, c5, c6;

	@AfterAll
	void stop() throws Exception {
		postgres.close();
	}

	@BeforeAll
	void buildDataset() {
		this.core = org("WORKING_COMMITTEE", "CORE", "核心", null, null);
		this.n1 = org("NETWORK", "NETWORK_RESIDENTIAL", "居民区网络", this.core, null);
		this.areaA = org("RESIDENTIAL_PARTY_ORG", null, "甲居民区党委", this.n1, null);
		this.areaB = org("RESIDENTIAL_PARTY_ORG", null, "乙居民区党委", this.n1, null);
		this.committee = org("CO_GOVERNANCE_COMMITTEE", null, "综合治理委员会", this.core, null);
		this.retired = org("OTHER", null, "已撤销组织", this.core, "2024-06-01");
		membership(this.areaA, this.n1, "2020-01-01", null);
		membership(this.areaB, this.n1, "2024-03-01", null);
		membership(this.areaA, this.committee, "2022-01-01", "2024-05-31");
		membership(this.areaB, this.committee, "2023-01-01", null);
		this.coordination = org("COORDINATION_COMMITTEE", "NETWORK_COORDINATION", "党建协调委员会", this.core, null);

		this.u1 = unit("单位一", this.areaA, "BUREAU", "STATE_OWNED", "ACTIVE", null, "2015-01-01");
		this.u2 = unit("单位二", this.areaA, "NONE", "NON_PUBLIC", "ACTIVE", null, "2015-01-01");
		this.u3 = unit("单位三", this.areaB, "MINISTERIAL", "PARTY_GOVERNMENT", "ACTIVE", null, "2015-01-01");
		this.u4 = unit("单位四", this.areaB, "NONE", "OTHER", "MOVED_OUT", "2023-06-01", "2015-01-01");
		this.u5 = unit("单位五", this.areaA, "BUREAU", "PUBLIC_INSTITUTION", "ACTIVE", null, "2015-01-01");
		// arrived in the middle of the year under test: counted in 2024, not in 2023
		this.u6 = unit("单位六", this.areaB, "NONE", "STATE_OWNED", "ACTIVE", null, "2024-06-15");
		// its liaison left on 31 December: no primary liaison in office at the end of
		// 2024
		this.u7 = unit("单位七", this.areaB, "NONE", "STATE_OWNED", "ACTIVE", null, "2015-01-01");
		liaison(this.u1, "张一", "2020-01-01", null);
		liaison(this.u2, "李二", "2021-01-01", "2024-03-31");
		liaison(this.u5, "王五", "2025-01-01", null);
		liaison(this.u6, "赵六", "2024-06-15", null);
		liaison(this.u7, "孙七", "2020-01-01", "2024-12-31");
		// the coordination committee's roster: unit one's party organisation since 2020,
		// unit three's from 2021 until the end of June 2024 (a membership ended mid-year)
		membership(partyOrg(this.u1), this.coordination, "2020-01-01", null);
		membership(partyOrg(this.u3), this.coordination, "2021-01-01", "2024-06-30");

		accounts();

		this.g1 = agreement("G1", "ACTIVE", this.areaA, "2023-01-01", "2025-12-31", "2022-12-20", null, null, this.u1,
				this.u2);
		this.g2 = agreement("G2", "EXPIRED", this.areaB, "2022-01-01", "2024-06-30", "2022-01-01", null, null, this.u3);
		this.g3 = agreement("G3", "TERMINATED", this.areaA, "2024-01-01", "2026-12-31", "2024-01-01", "2024-09-01",
				null, this.u5);
		this.g4 = agreement("G4", "ACTIVE", this.areaB, "2024-07-01", "2027-06-30", "2024-06-15", null, this.g2,
				this.u3);
		this.g5 = agreement("G5", "DRAFT", this.areaA, "2024-01-01", "2024-12-31", null, null, null, this.u1);
		this.g6 = agreement("G6", "EXPIRED", this.areaA, "2019-01-01", "2023-12-31", "2019-01-01", null, null, this.u2);
		this.c1 = commitment(this.g1, "开展教育讲座", this.u1, "EDUCATION", "10");
		this.c2 = commitment(this.g1, "健康义诊", this.u2, "HEALTH", null);
		this.c3 = commitment(this.g2, "文化演出", this.u3, "CULTURE", "4");
		this.c4 = commitment(this.g3, "为老服务", this.u5, "ELDERLY", "2");
		this.c5 = commitment(this.g4, "文艺交流", this.u3, "CULTURE", "2");
		this.c6 = commitment(this.g6, "其他合作", this.u2, "OTHER", "1");
		commitment(this.g5, "草稿承诺", this.u1, "EDUCATION", "5");
		fulfil(this.c1, this.g1, "2024-03-01", "6");
		fulfil(this.c1, this.g1, "2023-05-01", "10");
		fulfil(this.c2, this.g1, "2023-02-01", "1");
		fulfil(this.c3, this.g2, "2023-08-01", "4");
		fulfil(this.c4, this.g3, "2024-02-01", "1");
		fulfil(this.c6, this.g6, "2023-04-01", "0.2");

		long a1 = activity("学雷锋", "VOLUNTEER", "HELD", "2024-03-05 09:00", this.areaA, "lei-feng-day", 30);
		long a2 = activity("艺术节", "CULTURE", "HELD", "2024-10-05 14:00", this.areaB, null, 50);
		long a3 = activity("计划中", "VOLUNTEER", "PLANNED", "2024-12-01 09:00", this.areaA, null, null);
		long a4 = activity("元旦慰问", "CARE", "HELD", "2023-01-10 09:00", this.areaA, "new-year", 20);
		long a5 = activity("七一党课", "PARTY_LECTURE", "HELD", "2024-07-01 09:00", this.core, null, null);
		long a6 = activity("取消", "SPORTS", "CANCELLED", "2024-08-01 09:00", this.areaA, null, 99);
		partner(a1, this.u1, "10", 5);
		partner(a2, this.u5, "4", 2);
		partner(a3, this.u3, "8", 8);
		partner(a4, this.u3, "3", 1);
		partner(a5, this.u2, "2", 1);
		partner(a6, this.u3, "7", 7);

		Long brandCivility = this.db.queryForObject("select id from project_brand where name = '文明共建'", Long.class);
		Long brandHealth = this.db.queryForObject("select id from project_brand where name = '健康教育'", Long.class);
		Long brandScience = this.db.queryForObject("select id from project_brand where name = '科普活动'", Long.class);
		long p1 = project("项目一", brandCivility, this.areaA, "2024-01-01", "2024-12-31", "ACTIVE");
		long p2 = project("项目二", brandHealth, this.areaB, "2023-03-01", "2023-12-31", "COMPLETED");
		long p3 = project("项目三", brandScience, this.core, "2022-01-01", "2025-12-31", "ACTIVE");
		contribution(p1, this.u1, "MONEY", "1000");
		contribution(p1, this.u2, "VOLUNTEER_HOURS", "20");
		contribution(p2, this.u3, "MONEY", "500");
		contribution(p3, this.u5, "IN_KIND", "3");

		long pos1 = position("POSITION", "CULTURE_CENTRE", "文化中心", this.areaA, null);
		long pos2 = position("BASE", "SCIENCE_BASE", "科普基地", null, this.u3);
		booking(pos1, "2024-05-01 09:00", "2024-05-01 11:00", "BOOKED");
		booking(pos1, "2024-05-02 09:00", "2024-05-02 10:30", "CANCELLED");
		booking(pos2, "2023-05-01 14:00", "2023-05-01 17:00", "BOOKED");
		booking(pos2, "2024-11-01 10:00", "2024-11-01 11:00", "BOOKED");

		long round = this.db.queryForObject(
				"insert into evaluation_round (year, title, status) values (2024, '2024 评议', 'CLOSED') returning id",
				Long.class);
		this.db.update("insert into evaluation_round (year, title, status) values (2023, '2023 评议', 'OPEN')");
		long k1 = this.db.queryForObject("insert into evaluation_criterion (round_id, code, name, weight) "
				+ "values (?, 'k1', '履约', 60) returning id", Long.class, round);
		long k2 = this.db.queryForObject("insert into evaluation_criterion (round_id, code, name, weight) "
				+ "values (?, 'k2', '满意度', 40) returning id", Long.class, round);
		sheet(round, this.u1, this.areaA, k1, "80", k2, "90");
		sheet(round, this.u3, this.areaB, k1, "70", k2, "50");
		this.db.update(
				"insert into evaluation_recognition (round_id, unit_id, title, category, category_rank, total, "
						+ "confirmed_by) values (?, ?, 'ADVANCED_UNIT', 'STATE_OWNED', 1, 84, 'staff')",
				round, this.u1);
		this.db.update(
				"insert into evaluation_recognition (round_id, unit_id, title, category, category_rank, total, "
						+ "confirmed_by) values (?, ?, 'ADVANCED_PARTY_ORG', 'STATE_OWNED', 1, 84, 'staff')",
				round, this.u1);
	}

	// ------------------------------------------------------------------ part 1

	@Test
	void everyPartOneFigureEqualsAnIndependentCount() {
		AnnualReport report = as("staff", () -> this.reports.live(Y));
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
				this.units
					.create(new UnitForm("今日登记单位" + i, null, null, UnitCategory.STATE_OWNED, null, AdminRank.BUREAU,
							false, null, this.areaA, null, 100, null, null, member ? PartyOrgKind.BRANCH : null, 10,
							null, null, member, null, UnitStatus.ACTIVE, null, null, null));
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

	// ------------------------------------------------------------------ part 2

	@Test
	void partTwoListsAreExact() {
		AnnualReport report = as("staff", () -> this.reports.live(Y));

		Table sleeping = table(report, "sleeping.units");
		assertThat(sleeping.rows()).hasSize(1);
		assertThat(sleeping.rows().get(0).get(0).text()).isEqualTo("单位三");
		assertThat(sleeping.rows().get(0).get(1).number()).isEqualByComparingTo("2");
		assertThat(sleeping.rows().get(0).get(2).text()).isEqualTo("G2, G4");
		assertThat(sleeping.rows().get(0).get(3).text()).isEqualTo("2023-08-01");

		Table red = table(report, "red.commitments");
		assertThat(red.rows()).extracting((r) -> r.get(0).text() + "/" + r.get(1).text())
			.containsExactly("G1/健康义诊", "G2/文化演出", "G4/文艺交流");

		Table noLiaison = table(report, "liaison.missing");
		assertThat(noLiaison.rows()).extracting((r) -> r.get(0).text()).containsExactly("单位七", "单位三", "单位二", "单位五");
		assertThat(noLiaison.rows().get(0).get(2).text()).isEqualTo("孙七");
		assertThat(noLiaison.rows().get(0).get(3).text()).isEqualTo("2024-12-31");
		assertThat(noLiaison.rows().get(2).get(2).text()).isEqualTo("李二");
		assertThat(noLiaison.rows().get(2).get(3).text()).isEqualTo("2024-03-31");
		// the page says on which day: 31 December of a past year
		Section liaisonSection = report.sections()
			.stream()
			.filter((x) -> x.key().equals("liaison"))
			.findFirst()
			.orElseThrow();
		assertThat(liaisonSection.notes()).extracting(AnnualReport.Note::messageKey)
			.containsExactly("report.annual.note.asOf.yearEnd");
		assertThat(liaisonSection.notes().get(0).args()).containsExactly("2024-12-31");
		// in 2023 unit seven's liaison was in office, unit six had not arrived
		assertThat(table(as("staff", () -> this.reports.live(Y - 1)), "liaison.missing").rows())
			.extracting((r) -> r.get(0).text())
			.containsExactly("单位三", "单位五");

		Table lowest = table(report, "areas.lowest");
		assertThat(lowest.rows()).extracting((r) -> r.get(0).messageKey())
			.containsExactly("agreement.area.CULTURE", "agreement.area.HEALTH", "agreement.area.ELDERLY");

		Table rank = table(report, "rank.inactive");
		assertThat(rank.rows()).extracting((r) -> r.get(0).text()).containsExactly("单位三");
		assertThat(rank.rows().get(0).get(3).number()).isEqualByComparingTo("2");
		assertThat(rank.rows().get(0).get(4).text()).isEqualTo("2023-01-10");

		Section measures = report.sections().stream().filter((s) -> s.part() == 3).findFirst().orElseThrow();
		assertThat(measures.notes()).extracting(AnnualReport.Note::messageKey)
			.containsExactly("report.annual.suggest.sleeping", "report.annual.suggest.red",
					"report.annual.suggest.liaison", "report.annual.suggest.area.CULTURE",
					"report.annual.suggest.area.HEALTH", "report.annual.suggest.area.ELDERLY",
					"report.annual.suggest.rank");
		assertThat(measures.notes().get(0).args()).containsExactly("2", "1");
	}

	// ------------------------------------------------------------------ scope

	@Test
	void secretarySeesTheirSubtreeAndLiaisonTheirUnit() throws Exception {
		AnnualReport sec = as("secretary", () -> this.reports.live(Y));
		assertThat(sec.scope().kind()).isEqualTo("ORGANISATION");
		assertThat(sec.scope().id()).isEqualTo(this.areaA);
		Map<String, Figure> f = figures(sec);
		expect(f, "agreements.inForce",
				"""
						select count(*) from agreement where status in ('ACTIVE', 'EXPIRED', 'TERMINATED') and community_org_id = %d
						and term_start <= date '2024-12-31' and term_end >= date '2024-01-01'"""
					.formatted(this.areaA),
				"""
						select count(*) from agreement where status in ('ACTIVE', 'EXPIRED', 'TERMINATED') and community_org_id = %d
						and term_start <= date '2023-12-31' and term_end >= date '2023-01-01'"""
					.formatted(this.areaA));
		expect(f, "volunteers.hours",
				"""
						select coalesce(sum(h.hours), 0) from activity_unit_hours h join activity a on a.id = h.activity_id
						join resident_unit u on u.id = h.unit_id
						where a.status = 'HELD' and extract(year from a.start_at) = 2024 and u.residential_area_id = %d"""
					.formatted(this.areaA),
				"""
						select coalesce(sum(h.hours), 0) from activity_unit_hours h join activity a on a.id = h.activity_id
						join resident_unit u on u.id = h.unit_id
						where a.status = 'HELD' and extract(year from a.start_at) = 2023 and u.residential_area_id = %d"""
					.formatted(this.areaA));
		String present = "select count(*) from resident_unit where effective_from <= date '%1$s'"
				+ " and (status = 'ACTIVE' or status_date > date '%1$s') and residential_area_id = " + this.areaA;
		expect(f, "structure.units", present.formatted("2024-12-31"), present.formatted("2023-12-31"));
		assertThat(table(sec, "red.commitments").rows()).extracting((r) -> r.get(0).text()).containsExactly("G1");
		assertThat(table(sec, "liaison.missing").rows()).extracting((r) -> r.get(0).text())
			.containsExactly("单位二", "单位五");
		assertThat(table(sec, "rank.inactive").rows()).isEmpty();

		AnnualReport mine = as("liaison", () -> this.reports.live(Y));
		assertThat(mine.scope().kind()).isEqualTo("UNIT");
		assertThat(mine.scope().id()).isEqualTo(this.u3);
		Map<String, Figure> m = figures(mine);
		assertThat(m.get("agreements.inForce").value()).isEqualByComparingTo("2");
		assertThat(m.get("volunteers.hours").value()).isEqualByComparingTo("0");
		assertThat(m.get("volunteers.hours").previous()).isEqualByComparingTo("3");
		assertThat(m.get("fulfilment.commitments").value()).isEqualByComparingTo("2");
		assertThat(table(mine, "volunteers.units").rows()).isEmpty();
		assertThat(table(mine, "sleeping.units").rows()).extracting((r) -> r.get(0).text()).containsExactly("单位三");
		assertThat(table(mine, "red.commitments").rows()).extracting((r) -> r.get(0).text())
			.containsExactly("G2", "G4");
		assertThat(table(mine, "liaison.missing").rows()).extracting((r) -> r.get(0).text()).containsExactly("单位三");

		// the page shows the unit's year; snapshots are the sub-district's, not a unit's
		this.mvc.perform(get("/reports/annual/" + Y).with(this.users.as("liaison")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("单位三")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("单位一"))));
		this.mvc.perform(get("/reports/annual/" + Y).param("version", "1").with(this.users.as("liaison")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/reports/annual/" + Y).param("version", "1").with(this.users.as("secretary")))
			.andExpect(status().isNotFound());
	}

	// ------------------------------------------------------------------ snapshots

	@Test
	void finalisedReportStaysPutAndRegeneratingAddsAVersion() {
		int year = 2023;
		int v1 = as("admin", () -> this.reports.finalise(year));
		assertThat(v1).isEqualTo(1);
		AnnualReport first = as("admin", () -> this.reports.view(year, null));
		assertThat(as("admin", () -> this.reports.page(year, null, false).version())).isEqualTo(1);
		assertThat(as("admin", () -> this.reports.changedSince(year, 1))).isFalse();
		BigDecimal delivered = figures(first).get("fulfilment.met").value();

		this.db.update("insert into fulfilment (commitment_id, agreement_id, happened_on, description, quantity) "
				+ "values (?, ?, date '2023-06-01', '补记', 1)", this.c6, this.g6);
		try {
			AnnualReport again = as("admin", () -> this.reports.view(year, 1));
			assertThat(figures(again).get("fulfilment.met").value()).isEqualByComparingTo(delivered);
			assertThat(again.sections()).isEqualTo(first.sections());
			assertThat(again.generatedAt()).isEqualTo(first.generatedAt());
			assertThat(figures(as("admin", () -> this.reports.live(year))).get("fulfilment.met").value())
				.isEqualByComparingTo(delivered.add(BigDecimal.ONE));
			assertThat(as("admin", () -> this.reports.page(year, null, false).changedSince())).isTrue();

			int v2 = as("admin", () -> this.reports.finalise(year));
			assertThat(v2).isEqualTo(2);
			assertThat(as("admin", () -> this.reports.versions(year)))
				.extracting(AnnualReportService.SnapshotInfo::version)
				.containsExactly(2, 1);
			assertThat(figures(as("admin", () -> this.reports.view(year, null))).get("fulfilment.met").value())
				.isEqualByComparingTo(delivered.add(BigDecimal.ONE));
			assertThat(figures(as("admin", () -> this.reports.view(year, 1))).get("fulfilment.met").value())
				.isEqualByComparingTo(delivered);
			assertThat(as("admin", () -> this.reports.changedSince(year, 2))).isFalse();
		}
		finally {
			this.db.update("delete from fulfilment where description = '补记'");
		}
	}

	// ------------------------------------------------------------------ part 3

	@Test
	void measuresAreSavedPerYearAndAStaleEditIsRefused() throws Exception {
		int year = 2021;
		as("staff", () -> {
			this.reports.saveMeasures(year, new MeasuresForm("第一稿", null));
			return null;
		});
		assertThatThrownBy(() -> as("staff", () -> {
			this.reports.saveMeasures(year, new MeasuresForm("另一稿", null));
			return null;
		})).isInstanceOf(StaleEditException.class);
		assertThat(as("staff", () -> this.reports.live(year)).measures()).isEqualTo("第一稿");

		this.mvc
			.perform(post("/reports/annual/" + year + "/measures").with(this.users.as("staff"))
				.with(csrf())
				.param("text", "第二稿")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());
		// a second editor still holding version 0 gets the conflict message, input kept
		this.mvc
			.perform(post("/reports/annual/" + year + "/measures").with(this.users.as("admin"))
				.with(csrf())
				.param("text", "第三稿")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("第三稿")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("保存失败")));
		assertThat(as("staff", () -> this.reports.live(year)).measures()).isEqualTo("第二稿");
	}

	@Test
	void routesAnswerEachRoleAsExpected() throws Exception {
		RouteRoleMatrix matrix = new RouteRoleMatrix(this.mvc, this.users);
		matrix.route(HttpMethod.GET, "/reports/annual/2022")
			.anonymous(RouteRoleMatrix.LOGIN)
			.expect(200, "admin", "staff", "secretary", "liaison");
		matrix.route(HttpMethod.GET, "/reports/annual")
			.anonymous(RouteRoleMatrix.LOGIN)
			.expect(302, "admin", "liaison");
		matrix.route(HttpMethod.GET, "/reports/annual/1999")
			.anonymous(RouteRoleMatrix.LOGIN)
			.expect(404, "admin", "liaison");
		matrix.route(HttpMethod.GET, "/reports/annual/2022")
			.param("version", "7")
			.anonymous(RouteRoleMatrix.LOGIN)
			.expect(404, "admin", "staff", "secretary", "liaison");
		matrix.route(HttpMethod.POST, "/reports/annual/2022/measures")
			.param("text", "x")
			.anonymous(RouteRoleMatrix.LOGIN)
			.expect(403, "secretary", "liaison")
			.expect(302, "staff");
		matrix.route(HttpMethod.POST, "/reports/annual/2022/finalise")
			.anonymous(RouteRoleMatrix.LOGIN)
			.expect(403, "staff", "secretary", "liaison")
			.expect(302, "admin");
		matrix.verify();
	}

	// ------------------------------------------------------------------ helpers

	private void expect(Map<String, Figure> figures, String key, String currentSql, String previousSql) {
		Figure figure = figures.get(key);
		assertThat(figure).as(key).isNotNull();
		BigDecimal current = this.db.queryForObject(currentSql, BigDecimal.class);
		assertThat(figure.value()).as(key).isEqualByComparingTo(current);
		if (previousSql != null) {
			BigDecimal previous = this.db.queryForObject(previousSql, BigDecimal.class);
			assertThat(figure.previous()).as(key + " previous").isNotNull();
			assertThat(figure.previous()).as(key + " previous").isEqualByComparingTo(previous);
		}
	}

	private static Map<String, Figure> figures(AnnualReport report) {
		Map<String, Figure> map = new java.util.HashMap<>();
		report.sections().forEach((s) -> s.figures().forEach((f) -> map.put(f.key(), f)));
		return map;
	}

	private static AnnualReport.Chart chart(AnnualReport report, String key) {
		return report.sections()
			.stream()
			.flatMap((s) -> s.charts().stream())
			.filter((c) -> c.key().equals(key))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no chart " + key));
	}

	private static Table table(AnnualReport report, String key) {
		return report.sections()
			.stream()
			.flatMap((s) -> s.tables().stream())
			.filter((t) -> t.key().equals(key))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no table " + key));
	}

	private <T> T as(String username, Callable<T> work) {
		UserDetails user = this.userDetails.loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		try {
			return work.call();
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private long org(String type, String role, String name, Long parent, String retiredOn) {
		return this.db.queryForObject(
				"insert into organisation (type, structure_role, name, parent_id, status, retired_on) "
						+ "values (?, ?, ?, ?, ?, cast(? as date)) returning id",
				Long.class, type, role, name, parent, retiredOn == null ? "ACTIVE" : "RETIRED", retiredOn);
	}

	private void membership(long member, long group, String from, String to) {
		this.db.update("insert into membership (organisation_id, group_id, role, valid_from, valid_to) "
				+ "values (?, ?, 'MEMBER', cast(? as date), cast(? as date))", member, group, from, to);
	}

	private long unit(String name, long area, String rank, String category, String status, String statusDate,
			String effectiveFrom) {
		return this.db.queryForObject("""
				insert into resident_unit (name, residential_area_id, admin_rank, category, status, status_date,
				  effective_from)
				values (?, ?, ?, ?, ?, cast(? as date), cast(? as date)) returning id""", Long.class, name, area, rank,
				category, status, statusDate, effectiveFrom);
	}

	/** Gives a unit a party organisation node (under the coordination committee). */
	private long partyOrg(long unit) {
		long org = org("UNIT_PARTY_ORG", null, "党组织" + unit, this.coordination, null);
		this.db.update("update resident_unit set party_org_id = ?, party_org_kind = 'BRANCH' where id = ?", org, unit);
		return org;
	}

	private void liaison(long unit, String name, String start, String end) {
		this.db.update("insert into liaison (unit_id, person_name, is_primary, start_date, end_date) "
				+ "values (?, ?, true, cast(? as date), cast(? as date))", unit, name, start, end);
	}

	private void accounts() {
		this.db.update("update user_account set must_change_password = false where username = 'admin'");
		String sql = "insert into user_account (username, display_name, password_hash, role, scope_organisation_id, "
				+ "scope_unit_id) values (?, ?, '{noop}unused', ?, ?, ?)";
		this.db.update(sql, "staff", "staff", "STAFF", null, null);
		this.db.update(sql, "secretary", "secretary", "SECRETARY", this.areaA, null);
		this.db.update(sql, "liaison", "liaison", "LIAISON", null, this.u3);
	}

	private long agreement(String number, String status, long org, String start, String end, String signed,
			String terminated, Long renewedFrom, long... parties) {
		long id = this.db.queryForObject("""
				insert into agreement (number, title, level, community_org_id, renewed_from_id, status, term_start,
				  term_end, signed_on, terminated_on)
				values (?, ?, 'BRANCH', ?, ?, ?, cast(? as date), cast(? as date), cast(? as date), cast(? as date))
				returning id""", Long.class, number, number + " 协议", org, renewedFrom, status, start, end, signed,
				terminated);
		for (long unit : parties) {
			this.db.update("insert into agreement_party (agreement_id, unit_id) values (?, ?)", id, unit);
		}
		return id;
	}

	private long commitment(long agreement, String description, long unit, String area, String target) {
		return this.db.queryForObject("""
				insert into commitment (agreement_id, description, responsible_unit_id, area, target_quantity)
				values (?, ?, ?, ?, cast(? as numeric)) returning id""", Long.class, agreement, description, unit, area,
				target);
	}

	private void fulfil(long commitment, long agreement, String day, String quantity) {
		this.db.update(
				"insert into fulfilment (commitment_id, agreement_id, happened_on, description, quantity) "
						+ "values (?, ?, cast(? as date), '记录', cast(? as numeric))",
				commitment, agreement, day, quantity);
	}

	private long activity(String title, String type, String status, String start, long organiser, String festival,
			Integer served) {
		return this.db.queryForObject("""
				insert into activity (title, type, status, start_at, end_at, organiser_org_id, festival_tag,
				  festival_year, residents_served)
				values (?, ?, ?, cast(? as timestamp), cast(? as timestamp) + interval '2 hours', ?, ?, ?, ?)
				returning id""", Long.class, title, type, status, start, start, organiser, festival,
				festival == null ? null : Integer.valueOf(start.substring(0, 4)), served);
	}

	private void partner(long activity, long unit, String hours, int volunteers) {
		this.db.update("insert into activity_partner (activity_id, unit_id) values (?, ?)", activity, unit);
		this.db.update("insert into activity_unit_hours (activity_id, unit_id, volunteers, hours) "
				+ "values (?, ?, ?, cast(? as numeric))", activity, unit, volunteers, hours);
	}

	private long project(String name, long brand, long lead, String start, String end, String status) {
		return this.db.queryForObject("""
				insert into service_project (name, brand_id, lead_org_id, start_date, end_date, status)
				values (?, ?, ?, cast(? as date), cast(? as date), ?) returning id""", Long.class, name, brand, lead,
				start, end, status);
	}

	private void contribution(long project, long unit, String kind, String amount) {
		this.db.update("insert into project_partner (project_id, unit_id, contribution_kind, amount) "
				+ "values (?, ?, ?, cast(? as numeric))", project, unit, kind, amount);
	}

	private long position(String kind, String category, String name, Long org, Long unit) {
		return this.db.queryForObject("""
				insert into position (kind, category, name, owner_organisation_id, owner_unit_id)
				values (?, ?, ?, ?, ?) returning id""", Long.class, kind, category, name, org, unit);
	}

	private void booking(long position, String start, String end, String status) {
		Long admin = this.db.queryForObject("select id from user_account where username = 'admin'", Long.class);
		this.db.update("""
				insert into booking (position_id, starts_at, ends_at, purpose, status, booked_by, booked_by_name)
				values (?, cast(? as timestamp) at time zone 'Asia/Shanghai',
				  cast(? as timestamp) at time zone 'Asia/Shanghai', '活动', ?, ?, 'admin')""", position, start, end,
				status, admin);
	}

	private void sheet(long round, long unit, long evaluator, long k1, String s1, long k2, String s2) {
		long sheet = this.db.queryForObject(
				"insert into evaluation_sheet (round_id, unit_id, evaluator_org_id) values (?, ?, ?) returning id",
				Long.class, round, unit, evaluator);
		this.db.update("insert into evaluation_score (sheet_id, criterion_id, score) values (?, ?, cast(? as numeric))",
				sheet, k1, s1);
		this.db.update("insert into evaluation_score (sheet_id, criterion_id, score) values (?, ?, cast(? as numeric))",
				sheet, k2, s2);
	}

}
