package org.lianjian.activity;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lianjian.support.StatementCounter;
import org.lianjian.support.Users;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The calendar page: the month grid and the phone list, the type filter and scope; and
 * the same small number of SQL statements for a month with one activity or with many.
 */
@WebIntegrationTest
class CalendarStatementCountTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Users users;

	@Autowired
	ActivityService activities;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	StatementCounter statements;

	@AfterEach
	void logOut() {
		SecurityContextHolder.clearContext();
	}

	private void loginAs(String username) {
		UserDetails user = this.userDetails.loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	private long statementsFor(MockHttpServletRequestBuilder request, String expected) throws Exception {
		return this.statements.during(() -> this.mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(expected))));
	}

	private String plan(String prefix, int i, LocalDate day, ActivityType type, boolean pub) {
		String title = prefix + "-" + i;
		this.activities.createPlanned(title, type, prefix + "-" + i, day.atTime(9 + i % 8, 0), day.atTime(18, 0), null,
				pub);
		return title;
	}

	@Test
	void shouldIssueAConstantNumberOfStatements() throws Exception {
		String prefix = "日历计数" + System.nanoTime() % 1_000_000;
		// two far-away months, so that other data hardly lands there
		YearMonth few = YearMonth.of(2070 + (int) (System.nanoTime() % 20), 3);
		YearMonth many = few.plusMonths(1);
		loginAs("staff");
		String lonely = plan(prefix + "a", 0, few.atDay(10), ActivityType.CULTURE, true);
		for (int i = 1; i <= 30; i++) {
			plan(prefix + "b", i, many.atDay(1 + i % 28), (i % 2 == 0) ? ActivityType.SPORTS : ActivityType.CARE,
					i % 3 != 0);
		}
		SecurityContextHolder.clearContext();

		statementsFor(get("/activities/calendar").param("month", few.toString()).with(this.users.as("staff")), lonely);
		for (String who : new String[] { "staff", "secretary", "liaison" }) {
			long forFew = statementsFor(
					get("/activities/calendar").param("month", few.toString()).with(this.users.as(who)), lonely);
			long forMany = statementsFor(
					get("/activities/calendar").param("month", many.toString()).with(this.users.as(who)),
					prefix + "b-2");
			assertThat(forMany).as(who + ": 30 activities cost what 1 costs").isEqualTo(forFew);
			assertThat(forFew).as(who + ": statements for the calendar page").isLessThanOrEqualTo(6);
		}
	}

	@Test
	void shouldFilterByTypeAndShowThePhoneList() throws Exception {
		String prefix = "日历筛选" + System.nanoTime() % 1_000_000;
		YearMonth month = YearMonth.of(2069, 1 + (int) (System.nanoTime() % 12));
		loginAs("staff");
		String sports = plan(prefix, 1, month.atDay(5), ActivityType.SPORTS, true);
		String care = plan(prefix, 2, month.atDay(6), ActivityType.CARE, true);
		String internal = plan(prefix, 3, month.atDay(7), ActivityType.PARTY_LECTURE, false);
		SecurityContextHolder.clearContext();

		this.mvc.perform(get("/activities/calendar").param("month", month.toString()).with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(sports)))
			.andExpect(content().string(containsString(care)))
			.andExpect(content().string(containsString(internal)))
			.andExpect(content().string(containsString("d-md-none")))
			.andExpect(content().string(containsString("calendar-grid")))
			.andExpect(content().string(containsString("month=" + month.minusMonths(1))))
			.andExpect(content().string(containsString("month=" + month.plusMonths(1))));
		this.mvc
			.perform(get("/activities/calendar").param("month", month.toString())
				.param("type", "SPORTS")
				.with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(sports)))
			.andExpect(content().string(not(containsString(care))));
		// a liaison sees the public ones, not the core's internal lecture
		this.mvc.perform(get("/activities/calendar").param("month", month.toString()).with(this.users.as("liaison")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(sports)))
			.andExpect(content().string(not(containsString(internal))));
		// bad input is not an error: it is sent to this month, with a message
		this.mvc
			.perform(get("/activities/calendar").param("month", "2026-13")
				.param("type", "NOPE")
				.with(this.users.as("staff")))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/activities/calendar?month=*"));
	}

}
