package org.lianjian.matching;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lianjian.support.TestClock;
import org.lianjian.support.Users;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The deadlines across a holiday week, through the order flow on PostgreSQL with the
 * holiday schedule seeded by V150 (国务院办公厅 2025-11-04): an order placed the day before
 * National Day 2026 and one placed the day before Spring Festival 2026 get dispatch due
 * and red dates that skip the holidays and count the make-up working Saturdays (调休), as
 * stored on the order; the order list shows them on time, amber and red on the right days
 * (with the {@link TestClock} stopped on each).
 */
@WebIntegrationTest
class HolidayDeadlineIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	@AfterEach
	void runTheClockAgain() {
		this.clock.reset();
	}

	@Test
	void nationalDay2026() throws Exception {
		// Wednesday 30 September; 1–7 October are holidays, Saturday 10 October is a
		// make-up working day, Sunday 11 October is not
		Long order = placeOrder(LocalDate.of(2026, 9, 30));
		// 3 working days: 8, 9, 10 (Saturday, 调休) October; red after 6: 12, 13, 14
		assertStage(order, "dispatch", LocalDate.of(2026, 10, 10), LocalDate.of(2026, 10, 14));
		assertColours(order, "DISPATCH", LocalDate.of(2026, 10, 10), LocalDate.of(2026, 10, 14));

		// a second order, dispatched the same day: the reply-by date offered is 5 working
		// days on (8, 9, 10, 12, 13 October), red 5 more (14, 15, 16, 19, 20)
		Long dispatched = placeOrder(LocalDate.of(2026, 9, 30));
		this.mvc.perform(get("/matching/orders/" + dispatched).with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"2026-10-13\"")));
		this.mvc
			.perform(post("/matching/orders/" + dispatched + "/dispatch").with(this.users.as("staff"))
				.with(csrf())
				.param("providerUnitId", this.users.scopeUnitOf("liaison").toString())
				.param("replyBy", "2026-10-13")
				.param("version", Long.toString(version(dispatched))))
			.andExpect(status().is3xxRedirection());
		assertStage(dispatched, "reply", LocalDate.of(2026, 10, 13), LocalDate.of(2026, 10, 20));
		assertColours(dispatched, "REPLY", LocalDate.of(2026, 10, 13), LocalDate.of(2026, 10, 20));
	}

	@Test
	void springFestival2026() throws Exception {
		// Friday 13 February; Saturday 14 February is a make-up working day, 15–23
		// February
		// are holidays, Saturday 28 February is a make-up working day again
		Long order = placeOrder(LocalDate.of(2026, 2, 13));
		// 3 working days: 14 (Saturday, 调休), 24, 25 February; red after 6: 26, 27, 28
		// (Saturday, 调休)
		assertStage(order, "dispatch", LocalDate.of(2026, 2, 25), LocalDate.of(2026, 2, 28));
		assertColours(order, "DISPATCH", LocalDate.of(2026, 2, 25), LocalDate.of(2026, 2, 28));
	}

	/** 点单 by the secretary on a day, for a new need of their area. */
	private Long placeOrder(LocalDate on) throws Exception {
		this.clock.stopAt(on.atTime(10, 0));
		Long area = this.users.scopeOrganisationOf("secretary");
		Long category = this.jdbc.queryForObject("select min(id) from matching_category", Long.class);
		String title = "节假日时限-" + System.nanoTime();
		Long resource = this.jdbc.queryForObject("""
				insert into service_resource (title, category_id, provider_unit_id, capacity_per_year, measure,
				                              published)
				values (?, ?, ?, 100, 'SESSIONS', true) returning id""", Long.class, title, category,
				this.users.scopeUnitOf("liaison"));
		this.mvc
			.perform(post("/matching/orders/new").with(this.users.as("secretary"))
				.with(csrf())
				.param("resourceId", resource.toString())
				.param("newNeedTitle", title)
				.param("newNeedAreaId", area.toString())
				.param("wantedDate", on.plusDays(60).toString())
				.param("quantity", "1"))
			.andExpect(status().is3xxRedirection());
		Long order = this.jdbc.queryForObject("select id from service_order where resource_id = ?", Long.class,
				resource);
		assertThat(
				this.jdbc.queryForObject("select ordered_on from service_order where id = ?", LocalDate.class, order))
			.isEqualTo(on);
		return order;
	}

	private void assertStage(Long order, String stage, LocalDate due, LocalDate red) {
		Map<String, Object> row = this.jdbc.queryForMap(
				"select " + stage + "_due as due, " + stage + "_red as red from service_order where id = ?", order);
		assertThat(((java.sql.Date) row.get("due")).toLocalDate()).as(stage + " due").isEqualTo(due);
		assertThat(((java.sql.Date) row.get("red")).toLocalDate()).as(stage + " red").isEqualTo(red);
	}

	/**
	 * On the order list: on time through the due date, amber the day after it and through
	 * the red date, red the day after that.
	 */
	private void assertColours(Long order, String stage, LocalDate due, LocalDate red) throws Exception {
		assertThat(colourOn(order, stage, due)).isEqualTo(Lateness.ON_TIME);
		assertThat(colourOn(order, stage, due.plusDays(1))).isEqualTo(Lateness.AMBER);
		assertThat(colourOn(order, stage, red)).isEqualTo(Lateness.AMBER);
		assertThat(colourOn(order, stage, red.plusDays(1))).isEqualTo(Lateness.RED);
	}

	/**
	 * The colour of an order's row on {@code /matching/orders} on a day: the late list of
	 * its stage is walked page by page for its row; not there is on time.
	 */
	private Lateness colourOn(Long order, String stage, LocalDate day) throws Exception {
		this.clock.stopAt(LocalDateTime.of(day, java.time.LocalTime.of(9, 0)));
		for (int page = 0; page < 500; page++) {
			Document list = Jsoup.parse(this.mvc
				.perform(get("/matching/orders").param("late", "true")
					.param("stage", stage)
					.param("page", Integer.toString(page))
					.with(this.users.as("staff")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
			Element link = list.selectFirst("a[href=/matching/orders/" + order + "]");
			if (link != null) {
				Element row = link.closest("tr");
				assertThat(row).isNotNull();
				if (!row.select(".badge.text-bg-danger").isEmpty()) {
					return Lateness.RED;
				}
				assertThat(row.select(".badge.text-bg-warning")).as("a late row is amber or red").isNotEmpty();
				return Lateness.AMBER;
			}
			long total = Long.parseLong(list.selectFirst("[data-total]").attr("data-total"));
			if ((page + 1) * (long) MatchingFilters.PAGE_SIZE >= total) {
				return Lateness.ON_TIME;
			}
		}
		throw new AssertionError("order " + order + " not found");
	}

	private long version(Long order) {
		return this.jdbc.queryForObject("select version from service_order where id = ?", Long.class, order);
	}

}
