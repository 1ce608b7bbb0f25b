package org.lianjian.activity;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lianjian.support.StatementCounter;
import org.lianjian.support.Users;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The activity list issues the same number of SQL statements whatever the page size:
 * partner units and organiser names are fetched in one go per page.
 */
@WebIntegrationTest
class ActivityListStatementCountTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	StatementCounter statements;

	private long statementsFor(MockHttpServletRequestBuilder request, String expected) throws Exception {
		return this.statements.during(() -> this.mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(expected))));
	}

	@Test
	void shouldIssueAConstantNumberOfStatements() throws Exception {
		String tag = "CNT" + System.nanoTime() % 100_000_000;
		Long org = this.users.scopeOrganisationOf("secretary");
		Long unit = this.users.scopeUnitOf("liaison");
		Long unit2 = this.users.scopeUnitOf("liaison2");
		LocalDateTime start = LocalDateTime.of(2024, 6, 1, 9, 0);
		for (int i = 1; i <= 30; i++) {
			Long id = ActivityIntegrationTests.insert(this.jdbc, tag + "-" + String.format("%03d", i), org, false,
					start.plusDays(i), i % 2 == 0 ? List.of(unit, unit2) : List.of(unit));
			this.jdbc.update("update activity set festival_tag = ?, festival_year = ? where id = ?", tag + i, 2024 + i,
					id);
		}
		// the list is filtered by a year; the tags above differ, so filter by organiser
		// and year
		statementsFor(get("/activities").param("year", "2024").with(this.users.as("staff")), tag);
		for (String who : new String[] { "staff", "secretary" }) {
			long one = statementsFor(get("/activities").param("year", "2024")
				.param("organiser", org.toString())
				.param("size", "1")
				.with(this.users.as(who)), "");
			long twenty = statementsFor(get("/activities").param("year", "2024")
				.param("organiser", org.toString())
				.param("size", "20")
				.with(this.users.as(who)), tag);
			long secondPage = statementsFor(get("/activities").param("year", "2024")
				.param("organiser", org.toString())
				.param("size", "10")
				.param("page", "1")
				.with(this.users.as(who)), tag);
			assertThat(twenty).as(who + ": 20 rows cost what 1 row costs").isEqualTo(one);
			assertThat(secondPage).as(who + ": page 2 costs the same").isEqualTo(one);
			assertThat(one).as(who + ": statements for the list page").isLessThanOrEqualTo(12);
		}
	}

}
