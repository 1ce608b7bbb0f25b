package org.lianjian.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lianjian.support.Users;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every figure on the home page, for every role, links to the list it counts, and that
 * list's total is the figure: the test follows each link as the same user and reads the
 * list's own total (its count of rows, or its hours for an hours figure). No number on
 * the home page is a figure without a link.
 */
@WebIntegrationTest
class DashboardFigureLinksTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void somethingEndsSoonInEveryScope() {
		// an agreement ending within 60 days in the secretary's area with the liaison's
		// unit as a party, so that every role has an "ending" figure to follow
		Long area = this.users.scopeOrganisationOf("secretary");
		Long unit = this.users.scopeUnitOf("liaison");
		LocalDate end = LocalDate.now().plusDays(20);
		Long id = this.jdbc.queryForObject("""
				insert into agreement (number, title, level, community_org_id, status, term_start, term_end)
				values (?, 'figure link test', 'BRANCH', ?, 'ACTIVE', ?, ?) returning id""", Long.class,
				"FIG" + System.nanoTime() % 1_000_000_000L, area, end.minusYears(1), end);
		this.jdbc.update("insert into agreement_party (agreement_id, unit_id) values (?, ?)", id, unit);
		// and something on each new to-do count: an agreement waiting for approval, an
		// account still on its one-time password and a security event of the last hour
		this.jdbc.update("""
				insert into agreement (number, title, level, community_org_id, status, term_start, term_end)
				values (?, 'figure link test', 'BRANCH', ?, 'SUBMITTED', ?, ?)""",
				"FIS" + System.nanoTime() % 1_000_000_000L, area, end, end.plusYears(1));
		this.jdbc.update("""
				insert into user_account (username, display_name, password_hash, role, must_change_password)
				values (?, 'figure link test', 'x', 'STAFF', true)""", "fig" + System.nanoTime() % 1_000_000_000L);
		this.jdbc.update("insert into security_audit_event (type, username) values ('LOGIN_FAILURE', 'nobody')");
	}

	@Test
	void everyStaffFigureIsItsListsTotal() throws Exception {
		assertThat(followEveryFigure("staff")).containsKeys("networks", "organisations", "units", "vacant", "pending",
				"monthHours", "ending", "submitted");
	}

	@Test
	void everyAdminFigureIsItsListsTotal() throws Exception {
		assertThat(followEveryFigure("admin")).containsKeys("networks", "organisations", "units", "vacant", "pending",
				"accounts", "monthHours", "ending", "attention", "recentAudit");
	}

	@Test
	void everySecretaryFigureIsItsListsTotal() throws Exception {
		assertThat(followEveryFigure("secretary")).containsKeys("subtree", "units", "ending");
	}

	@Test
	void everyLiaisonFigureIsItsListsTotal() throws Exception {
		assertThat(followEveryFigure("liaison")).containsKeys("unitHours", "renew");
		assertThat(followEveryFigure("liaison2")).containsKeys("unitHours");
	}

	@Test
	void lateOrdersPerStageAreTheOrderListsTotals() throws Exception {
		Long area = this.users.scopeOrganisationOf("secretary");
		Long unit = this.users.scopeUnitOf("liaison");
		Long category = this.jdbc.queryForObject("select min(id) from matching_category", Long.class);
		Long need = this.jdbc.queryForObject("""
				insert into need (title, category_id, area_id, raised_by_kind, direction, quantity, measure)
				values ('figure link test', ?, ?, 'STAFF', 'TO_COMMUNITY', 9, 'SESSIONS') returning id""", Long.class,
				category, area);
		Long resource = this.jdbc.queryForObject("""
				insert into service_resource (title, category_id, provider_unit_id, capacity_per_year, measure)
				values ('figure link test', ?, ?, 100, 'SESSIONS') returning id""", Long.class, category, unit);
		LocalDate today = LocalDate.now();
		Map<String, BigDecimal> before = followEveryFigure("staff");
		// one order per status and colour: amber (past due, red date not passed), red
		for (String status : new String[] { "ORDERED", "DECLINED", "DISPATCHED", "ACCEPTED" }) {
			for (int redInDays : new int[] { 0, -1 }) {
				LocalDate due = today.minusDays(2);
				LocalDate red = today.plusDays(redInDays);
				this.jdbc.update("""
						insert into service_order (need_id, resource_id, ordered_by, ordered_on, wanted_date, quantity,
						  status, decline_reason, provider_unit_id, dispatch_due, dispatch_red, reply_due, reply_red,
						  delivery_due, delivery_red)
						values (?, ?, 'staff', ?, ?, 1, ?, '测试', ?, ?, ?, ?, ?, ?, ?)""", need, resource,
						today.minusDays(30), today.plusDays(30), status, unit, due, red, due, red, due, red);
			}
		}
		Map<String, BigDecimal> after = followEveryFigure("staff");
		assertThat(after).containsKeys("lateDispatchAmber", "lateDispatchRed", "lateReplyAmber", "lateReplyRed",
				"lateDeliveryAmber", "lateDeliveryRed");
		// ordered and declined both wait for dispatch
		assertThat(after.get("lateDispatchAmber")).isEqualByComparingTo(before.get("lateDispatchAmber").add(TWO));
		assertThat(after.get("lateDispatchRed")).isEqualByComparingTo(before.get("lateDispatchRed").add(TWO));
		for (String key : new String[] { "lateReplyAmber", "lateReplyRed", "lateDeliveryAmber", "lateDeliveryRed" }) {
			assertThat(after.get(key)).as(key).isEqualByComparingTo(before.get(key).add(BigDecimal.ONE));
		}
		// the admin's home shows them too; the secretary's does not
		assertThat(followEveryFigure("admin")).containsKey("lateReplyRed");
		assertThat(followEveryFigure("secretary")).doesNotContainKey("lateReplyRed");
	}

	private static final BigDecimal TWO = BigDecimal.valueOf(2);

	@Test
	void theVacantFigureCountsALiaisonWhoLeftTodayAsGone() throws Exception {
		Map<String, BigDecimal> before = followEveryFigure("staff");
		// a unit whose primary liaison is none of the demo logins
		Long liaison = this.jdbc.queryForObject("""
				select l.id from resident_unit u join liaison l on l.unit_id = u.id
				where u.status = 'ACTIVE' and l.is_primary and l.end_date is null and l.start_date <= current_date
				  and (l.account_id is null
				       or l.account_id not in (select id from user_account where username in ('liaison', 'liaison2')))
				order by u.id limit 1""", Long.class);
		this.jdbc.update("update liaison set end_date = current_date where id = ?", liaison);
		try {
			// ended today: out of office today, on the dashboard and in the list alike
			Map<String, BigDecimal> after = followEveryFigure("staff");
			assertThat(after.get("vacant")).isEqualByComparingTo(before.get("vacant").add(BigDecimal.ONE));
		}
		finally {
			this.jdbc.update("update liaison set end_date = null where id = ?", liaison);
		}
	}

	/**
	 * Reads every figure of a user's home page, follows its link as the same user and
	 * checks the list's total.
	 * @return the figures by key
	 */
	private Map<String, BigDecimal> followEveryFigure(String user) throws Exception {
		Document home = page("/", user);
		Map<String, BigDecimal> figures = new LinkedHashMap<>();
		assertThat(home.select("[data-figure-value]")).as("every figure sits in a figure link")
			.allSatisfy((v) -> assertThat(v.closest("a[data-figure]")).isNotNull());
		for (Element link : home.select("a[data-figure]")) {
			String key = link.attr("data-figure");
			Element shown = link.selectFirst("[data-figure-value]");
			assertThat(shown).as(key + " shows its value").isNotNull();
			BigDecimal value = new BigDecimal(shown.text().replace(",", ""));
			String href = link.attr("href");
			assertThat(href).as(key + " links to a list").startsWith("/");
			Document list = page(href, user);
			boolean hours = key.toLowerCase().contains("hours");
			Element total = list.selectFirst(hours ? "[data-total-hours]" : "[data-total]");
			assertThat(total).as(user + ": " + key + " -> " + href + " shows its total").isNotNull();
			BigDecimal listTotal = new BigDecimal(total.attr(hours ? "data-total-hours" : "data-total"));
			assertThat(listTotal).as(user + ": " + key + " = total of " + href).isEqualByComparingTo(value);
			figures.put(key, value);
		}
		assertThat(figures).as(user + " has figures").isNotEmpty();
		return figures;
	}

	private Document page(String href, String user) throws Exception {
		String html = this.mvc.perform(get(href).with(this.users.as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html, "http://localhost");
	}

}
