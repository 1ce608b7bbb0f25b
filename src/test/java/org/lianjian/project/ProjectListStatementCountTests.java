package org.lianjian.project;

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
 * The project list ({@link ProjectListQueries}) and its export issue the same number of
 * SQL statements whatever the number of rows: the partners of a page (or of a chunk of
 * the export) are read in one statement, the brand, the lead organisation and the
 * milestone counts come with the rows.
 */
@WebIntegrationTest
class ProjectListStatementCountTests {

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

	private long exportStatements(String who, String q) throws Exception {
		return this.statements
			.during(() -> this.mvc.perform(get("/projects/export.xlsx").param("q", q).with(this.users.as(who)))
				.andExpect(status().isOk()));
	}

	@Test
	void shouldIssueAConstantNumberOfStatements() throws Exception {
		String tag = "pcnt" + System.nanoTime() % 100_000_000;
		Long org = this.users.scopeOrganisationOf("secretary");
		Long unit = this.users.scopeUnitOf("liaison");
		Long brand = this.jdbc.queryForObject("select min(id) from project_brand", Long.class);
		for (int i = 1; i <= 25; i++) {
			Long id = this.jdbc.queryForObject("""
					insert into service_project (name, brand_id, lead_org_id, start_date, end_date, status)
					values (?, ?, ?, date '2024-01-01' + ?, date '2025-12-31', 'ACTIVE') returning id""", Long.class,
					tag + "-" + String.format("%03d", i), brand, org, i);
			this.jdbc.update("insert into project_partner (project_id, unit_id, contribution_kind) values (?, ?, ?)",
					id, unit, "IN_KIND");
			this.jdbc.update("insert into project_milestone (project_id, title) values (?, ?)", id, "m" + i);
		}
		for (String who : new String[] { "staff", "secretary", "liaison" }) {
			long one = statementsFor(get("/projects").param("q", tag + "-001").with(this.users.as(who)), tag + "-001");
			long page = statementsFor(get("/projects").param("q", tag).with(this.users.as(who)), tag + "-020");
			long secondPage = statementsFor(
					get("/projects").param("q", tag).param("page", "1").with(this.users.as(who)), tag + "-005");
			assertThat(page).as(who + ": 20 rows cost what 1 row costs").isEqualTo(one);
			assertThat(secondPage).as(who + ": a partial page costs the same").isEqualTo(one);
			assertThat(exportStatements(who, tag)).as(who + ": 25 rows exported cost what 1 row costs")
				.isEqualTo(exportStatements(who, tag + "-001"));
		}
	}

}
