package org.lianjian.matching;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lianjian.matching.MatchingSeeds.NeedSeed;
import org.lianjian.matching.MatchingSeeds.ResourceSeed;
import org.lianjian.support.RouteRoleMatrix;
import org.lianjian.support.StatementCounter;
import org.lianjian.support.TestClock;
import org.lianjian.support.Users;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.lianjian.support.RouteRoleMatrix.LOGIN;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The unit page's two-way service tab (双向服务) on PostgreSQL: its figures against sums
 * written here independently of the page's queries, on data made through the seeds and
 * the activity pages (an activity held with the unit's hours delivers an order of the
 * unit's that is then rated, a need of the unit's is met, a project contribution in money
 * and a two-day booking of the unit's base); the unit page's scope; a year parameter that
 * is not a year; and a fixed number of statements whatever the number of rows.
 */
@WebIntegrationTest
class TwoWayIntegrationTests {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MatchingSeeds seeds;

	@Autowired
	StatementCounter statements;

	@Autowired
	TestClock clock;

	/**
	 * The activities are made three hours before now, in this year: in the first hours of
	 * 1 January the clock is stopped at six in the morning.
	 */
	@BeforeEach
	void awayFromNewYear() {
		LocalDateTime now = LocalDateTime.now(this.clock);
		LocalDateTime safe = LocalDate.of(now.getYear(), 1, 1).atTime(6, 0);
		if (now.isBefore(safe)) {
			this.clock.stopAt(safe.atZone(ZONE).toInstant());
		}
	}

	@AfterEach
	void runTheClockAgain() {
		this.clock.reset();
	}

	@Test
	void shouldShowFiguresThatAgreeWithIndependentSums() throws Exception {
		Long unit = this.users.scopeUnitOf("liaison");
		int year = seedYear(unit, "甲");
		String page = this.mvc
			.perform(get("/units/" + unit + "/two-way").param("year", Integer.toString(year))
				.with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		BigDecimal hours = sum("""
				select coalesce(sum(h.hours), 0) from activity_unit_hours h, activity a
				 where a.id = h.activity_id and h.unit_id = ? and a.status = 'HELD'
				   and extract(year from a.start_at) = ?""", unit, year);
		BigDecimal sessions = sum("""
				select count(*) from activity a where a.status = 'HELD' and extract(year from a.start_at) = ?
				   and a.id in (select activity_id from activity_partner where unit_id = ?)""", year, unit);
		BigDecimal projectMoney = sum("""
				select coalesce(sum(pp.amount), 0) from project_partner pp, service_project p
				 where p.id = pp.project_id and pp.unit_id = ? and pp.contribution_kind = 'MONEY'
				   and extract(year from p.start_date) <= ? and extract(year from p.end_date) >= ?""", unit, year,
				year);
		BigDecimal orderMoney = orderQuantity(unit, year, "MONEY");
		BigDecimal orderDays = orderQuantity(unit, year, "DAYS");
		BigDecimal bookedDays = sum(
				"""
						select count(*) from generate_series(make_date(?, 1, 1), least(make_date(?, 12, 31), ?), interval '1 day') d
						 where exists (select 1 from booking b, position pos
						                where pos.id = b.position_id and pos.owner_unit_id = ? and b.status = 'BOOKED'
						                  and b.starts_at < ((d + interval '1 day')::timestamp at time zone 'Asia/Shanghai')
						                  and b.ends_at > (d::timestamp at time zone 'Asia/Shanghai'))""",
				year, year, LocalDate.now(this.clock), unit);
		BigDecimal delivered = sum("""
				select count(*) from service_order where provider_unit_id = ? and status in ('DELIVERED', 'RATED')
				   and need_id in (select id from need where direction = 'TO_COMMUNITY')
				   and extract(year from delivered_on) = ?""", unit, year);
		BigDecimal met = sum("""
				select count(*) from need where raised_by_unit_id = ? and direction = 'TO_UNIT' and status = 'MET'
				   and extract(year from closed_on) = ?""", unit, year);
		BigDecimal average = sum(
				"select round(avg(rating), 1) from service_order where provider_unit_id = ? and rating is not null",
				unit);

		assertThat(figure(page, "gave-hours")).isEqualByComparingTo(hours).isGreaterThanOrEqualTo(new BigDecimal(6));
		assertThat(figure(page, "gave-sessions")).isEqualByComparingTo(sessions).isGreaterThanOrEqualTo(BigDecimal.ONE);
		assertThat(figure(page, "gave-money")).isEqualByComparingTo(projectMoney.add(orderMoney))
			.isGreaterThanOrEqualTo(new BigDecimal("12345.5"));
		assertThat(figure(page, "gave-venue")).isEqualByComparingTo(bookedDays.add(orderDays))
			.isGreaterThanOrEqualTo(new BigDecimal(3));
		assertThat(figure(page, "delivered-title")).isEqualByComparingTo(delivered);
		assertThat(figure(page, "received-count")).isEqualByComparingTo(met).isGreaterThanOrEqualTo(BigDecimal.ONE);
		// the seeded rows: the need met, the order, the project, and the rating with its
		// comment escaped and its rater's area, never a login name
		assertThat(page).contains("职工子女暑托班甲").contains("科普开放日甲").contains("共建出资项目甲").doesNotContain("<b>准时</b>");
		String ratings = page.substring(page.indexOf("id=\"two-way-ratings\""));
		assertThat(ratings).contains("平均 " + average.toPlainString() + " 分")
			.contains("&lt;b&gt;准时&lt;/b&gt;")
			.contains(areaName(this.users.scopeOrganisationOf("secretary")))
			.doesNotContain(">secretary<");
		// another year shows its own figures and links back
		this.mvc
			.perform(get("/units/" + unit + "/two-way").param("year", Integer.toString(year - 1))
				.with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("职工子女暑托班甲"))))
			.andExpect(content().string(containsString("year=" + year)));
	}

	@Test
	void shouldFollowTheUnitPagesScope() throws Exception {
		Long area = this.users.scopeOrganisationOf("secretary");
		Long own = this.users.scopeUnitOf("liaison");
		Long inArea = this.jdbc.queryForObject("select min(id) from resident_unit where residential_area_id = ?",
				Long.class, area);
		Long elsewhere = this.jdbc.queryForObject(
				"select min(id) from resident_unit where residential_area_id <> ? and id not in (?, ?)", Long.class,
				area, own, this.users.scopeUnitOf("liaison2"));
		RouteRoleMatrix m = new RouteRoleMatrix(this.mvc, this.users);
		m.route(GET, "/units/" + own + "/two-way")
			.anonymous(LOGIN)
			.expect(200, "admin", "staff", "liaison")
			.expect(404, "liaison2");
		m.route(GET, "/units/" + inArea + "/two-way").expect(200, "admin", "staff", "secretary");
		m.route(GET, "/units/" + elsewhere + "/two-way")
			.expect(200, "staff")
			.expect(404, "secretary", "liaison", "liaison2");
		m.route(GET, "/units/987654321/two-way").expect(404, "staff");
		m.verify();
		// the tab is on the unit page, drawn by the unit module from matching's
		// contributor
		this.mvc.perform(get("/units/" + own).with(this.users.as("liaison")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/units/" + own + "/two-way\"")));
	}

	@Test
	void shouldShowThisYearForAYearThatIsNotOne() throws Exception {
		Long unit = this.users.scopeUnitOf("liaison");
		String thisYear = LocalDate.now(this.clock).getYear() + " 年";
		for (String year : new String[] { "abc", "", " ", "99999999999999999999", "-1", "1999", "3000", "20.5",
				"<script>" }) {
			this.mvc.perform(get("/units/" + unit + "/two-way").param("year", year).with(this.users.as("liaison")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(">" + thisYear + "<")));
		}
		this.mvc.perform(get("/units/" + unit + "/two-way").param("year", "2000").with(this.users.as("liaison")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">2000 年<")))
			.andExpect(content().string(containsString("所选年度还没有记录本单位为社区提供的服务")))
			.andExpect(content().string(containsString("href=\"/matching/needs/new\"")));
	}

	@Test
	void shouldRunAFixedNumberOfStatementsWhateverTheRows() throws Exception {
		Long unit = this.users.scopeUnitOf("liaison2");
		int year = LocalDate.now(this.clock).getYear();
		String path = "/units/" + unit + "/two-way";
		this.mvc.perform(get(path).with(this.users.as("staff"))).andExpect(status().isOk());
		long before = this.statements
			.during(() -> this.mvc.perform(get(path).with(this.users.as("staff"))).andExpect(status().isOk()));
		seedYear(unit, "乙");
		seedYear(unit, "丙");
		long after = this.statements
			.during(() -> this.mvc.perform(get(path).with(this.users.as("staff"))).andExpect(status().isOk()));
		assertThat(after).as("statements with two more of every row").isEqualTo(before);
		assertThat(year).isPositive();
	}

	// ------------------------------------------------------------------ data

	/**
	 * One of everything the tab counts for a unit: an activity held this year with 6
	 * hours of the unit's, delivering an order of the unit's 2-day item that is rated, a
	 * need of the unit's met, a money contribution to a project of this year, and a
	 * two-day booking of a base the unit owns.
	 * @return the year of the activity
	 */
	private int seedYear(Long unit, String tag) throws Exception {
		Long area = this.users.scopeOrganisationOf("secretary");
		Long activity = heldActivity(unit, "双向服务测试活动" + tag + System.nanoTime());
		LocalDateTime start = this.jdbc.queryForObject("select start_at from activity where id = ?",
				LocalDateTime.class, activity);
		LocalDate day = start.toLocalDate();
		int year = day.getYear();
		this.users.call("staff", () -> {
			Long resource = this.seeds.resource(new ResourceSeed("科普开放日" + tag, "实验室开放", "科普", unit, area, null, null,
					new BigDecimal(100), Measure.DAYS, true), "staff");
			Long need = this.seeds.need(new NeedSeed("参观实验室" + tag, "", "科普", area, RaisedBy.ORGANISATION, area,
					"secretary", 20, new BigDecimal(2), Measure.DAYS, day, Urgency.NORMAL, day));
			Long order = this.seeds.order(need, resource, "secretary", day, day, new BigDecimal(2), null);
			this.seeds.dispatch(order, unit, "staff", day);
			this.seeds.accept(order, day, "staff", day);
			this.seeds.deliver(order, activity, "staff", day);
			this.seeds.rate(order, 4, "<b>准时</b>", day);
			Long own = this.seeds.need(new NeedSeed("职工子女暑托班" + tag, "", "教育", area, RaisedBy.UNIT, unit, "liaison", 15,
					new BigDecimal(15), Measure.PEOPLE, day, Urgency.NORMAL, day));
			this.seeds.met(own, "staff", day);
			return null;
		});
		assertThat(this.jdbc.queryForObject(
				"select count(*) from service_order where activity_id = ? and status = 'RATED'", Long.class, activity))
			.isEqualTo(1);
		Long project = this.jdbc.queryForObject("""
				insert into service_project (name, brand_id, lead_org_id, start_date, end_date, status)
				values (?, (select min(id) from project_brand), ?, make_date(?, 1, 1), make_date(?, 12, 31), 'ACTIVE')
				returning id""", Long.class, "共建出资项目" + tag, area, year, year);
		this.jdbc.update(
				"insert into project_partner (project_id, unit_id, contribution_kind, amount) values (?, ?, 'MONEY', 12345.5)",
				project, unit);
		Long base = this.jdbc.queryForObject("""
				insert into position (kind, category, name, owner_unit_id) values ('BASE', 'SCIENCE_BASE', ?, ?)
				returning id""", Long.class, "双向服务测试基地" + tag, unit);
		LocalDate first = LocalDate.of(year, 1, 1);
		this.jdbc.update("""
				insert into booking (position_id, starts_at, ends_at, purpose, booked_by, booked_by_name)
				values (?, ?, ?, '开放日', ?, 'staff')""", base,
				java.sql.Timestamp.from(first.atTime(9, 0).atZone(ZONE).toInstant()),
				java.sql.Timestamp.from(first.plusDays(1).atTime(17, 0).atZone(ZONE).toInstant()),
				this.users.idOf("staff"));
		return year;
	}

	/**
	 * An activity three hours ago with the unit as a partner, held with 6 hours of it.
	 */
	private Long heldActivity(Long unit, String title) throws Exception {
		Long org = this.users.scopeOrganisationOf("secretary");
		LocalDateTime start = LocalDateTime.now(this.clock).minusHours(3).withSecond(0).withNano(0);
		this.mvc
			.perform(post("/activities/new").with(this.users.as("staff"))
				.with(csrf())
				.param("title", title)
				.param("type", "VOLUNTEER")
				.param("start", start.toString())
				.param("end", start.plusHours(2).toString())
				.param("organiserOrgId", org.toString())
				.param("partnerUnitIds", unit.toString())
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());
		Long activity = this.jdbc.queryForObject("select id from activity where title = ?", Long.class, title);
		long version = this.jdbc.queryForObject("select version from activity where id = ?", Long.class, activity);
		this.mvc
			.perform(multipart("/activities/" + activity + "/held").with(this.users.as("staff"))
				.with(csrf())
				.param("residentsServed", "25")
				.param("units[0].unitId", unit.toString())
				.param("units[0].volunteers", "3")
				.param("units[0].hours", "6")
				.param("version", Long.toString(version)))
			.andExpect(status().is3xxRedirection());
		return activity;
	}

	// ------------------------------------------------------------------ reading

	private BigDecimal orderQuantity(Long unit, int year, String measure) {
		return sum("""
				select coalesce(sum(o.quantity), 0) from service_order o, service_resource r
				 where r.id = o.resource_id and o.provider_unit_id = ? and o.status in ('DELIVERED', 'RATED')
				   and o.need_id in (select id from need where direction = 'TO_COMMUNITY')
				   and extract(year from o.delivered_on) = ? and r.measure = ?""", unit, year, measure);
	}

	private BigDecimal sum(String sql, Object... args) {
		BigDecimal value = this.jdbc.queryForObject(sql, BigDecimal.class, args);
		return (value != null) ? value : BigDecimal.ZERO;
	}

	private String areaName(Long area) {
		return this.jdbc.queryForObject("select name from organisation where id = ?", String.class, area);
	}

	/** The first number in the element with the id. */
	private static BigDecimal figure(String page, String id) {
		Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>([^<]*)<").matcher(page);
		assertThat(m.find()).as("element #" + id).isTrue();
		Matcher n = Pattern.compile("-?\\d+(\\.\\d+)?").matcher(m.group(1).replace(",", ""));
		assertThat(n.find()).as("a number in #" + id + ": " + m.group(1)).isTrue();
		return new BigDecimal(n.group());
	}

}
