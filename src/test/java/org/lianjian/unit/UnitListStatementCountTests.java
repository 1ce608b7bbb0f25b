package org.lianjian.unit;

import java.time.LocalDate;

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
 * The unit list issues the same, small number of SQL statements whatever the page holds:
 * one row or a full page, with or without liaisons and areas.
 */
@WebIntegrationTest
class UnitListStatementCountTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Users users;

	@Autowired
	UnitService unitService;

	@Autowired
	LiaisonRepository liaisons;

	@Autowired
	StatementCounter statements;

	private long statementsFor(MockHttpServletRequestBuilder request, String expected) throws Exception {
		return this.statements.during(() -> this.mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(expected))));
	}

	@Test
	void shouldIssueAConstantNumberOfStatements() throws Exception {
		String prefix = "计数单位" + System.nanoTime() % 1_000_000;
		Long area = this.users.scopeOrganisationOf("secretary");
		for (int i = 1; i <= 25; i++) {
			Long id = this.unitService.register(prefix + "-" + String.format("%03d", i), null, area);
			if (i % 3 == 0) {
				Liaison l = new Liaison();
				l.setUnitId(id);
				l.setPersonName("联络员" + i);
				l.setPrimary(true);
				l.setStartDate(LocalDate.now());
				this.liaisons.save(l);
			}
		}
		String one = prefix + "-007";
		// warm up: the network holders are looked up once
		statementsFor(get("/units").param("q", prefix).with(this.users.as("staff")), one);

		for (String who : new String[] { "staff", "secretary" }) {
			long forOne = statementsFor(get("/units").param("q", one).with(this.users.as(who)), one);
			long forPage = statementsFor(get("/units").param("q", prefix).with(this.users.as(who)), prefix + "-020");
			long forSecondPage = statementsFor(
					get("/units").param("q", prefix).param("page", "1").with(this.users.as(who)), prefix + "-025");
			long forNone = statementsFor(get("/units").param("q", prefix + "-none").with(this.users.as(who)), "");
			long sortedByHeadcount = statementsFor(get("/units").param("q", prefix)
				.param("sort", "headcount")
				.param("dir", "desc")
				.with(this.users.as(who)), prefix);
			assertThat(forPage).as(who + ": 20 rows cost what 1 row costs").isEqualTo(forOne);
			assertThat(forSecondPage).as(who + ": a partial page costs the same").isEqualTo(forOne);
			// the count comes with the rows (count(*) over ()); with no row to carry it,
			// it is one statement of its own
			assertThat(forNone).as(who + ": an empty page costs one count more").isEqualTo(forOne + 1);
			assertThat(sortedByHeadcount).isEqualTo(forOne);
			// every statement at the DataSource, the JDBC list query and the look-ups
			// around it included (6 for the secretary when Hibernate's statistics
			// counted)
			assertThat(forOne).as(who + ": statements for the list page")
				.isLessThanOrEqualTo(who.equals("staff") ? 5 : 7);
		}
		// a search counts its matches with its rows; a page past the last one counts
		// apart
		for (String page : new String[] { "0", "1", "5" }) {
			this.mvc.perform(get("/units").param("q", prefix).param("page", page).with(this.users.as("staff")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("共 25 家单位")));
		}
	}

}
