package org.lianjian.dashboard;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lianjian.support.StatementCounter;
import org.lianjian.support.Users;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboard's red commitments come from one projection query: adding red commitments
 * adds them to the list without adding statements, and the card lists at most eight of
 * them.
 */
@WebIntegrationTest
class DashboardRedCommitmentsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	StatementCounter statements;

	@Test
	void shouldListNewRedCommitmentsWithoutMoreStatements() throws Exception {
		home();
		Counted first = home();
		long before = redCount(first.page());
		// in force on paper, but the term ended yesterday with nothing delivered: red
		// whatever the day of the year
		Long org = this.jdbc.queryForObject(
				"select id from organisation where type = 'RESIDENTIAL_PARTY_ORG' order by id limit 1", Long.class);
		LocalDate end = LocalDate.now().minusDays(1);
		for (int i = 0; i < 10; i++) {
			Long agreement = this.jdbc.queryForObject("""
					insert into agreement (number, title, level, community_org_id, status, term_start, term_end)
					values (?, 'red test', 'BRANCH', ?, 'ACTIVE', ?, ?) returning id""", Long.class,
					"RED" + System.nanoTime() % 1_000_000_000L + i, org, end.minusDays(400), end);
			this.jdbc.update("""
					insert into commitment (agreement_id, description, area, target_quantity, target_unit)
					values (?, 'red commitment', 'CULTURE', 100, 'x')""", agreement);
		}
		Counted second = home();
		MvcResult after = second.page();
		assertThat(redCount(after)).isEqualTo(before + 10);
		assertThat(second.statements()).as("statements for the home page").isEqualTo(first.statements());
		assertThat((List<?>) after.getModelAndView().getModel().get("redFirst")).hasSize(8);
	}

	/** The home page rendered afresh for staff, and the statements it executed. */
	private Counted home() throws Exception {
		RequestPostProcessor staff = this.users.as("staff");
		MvcResult[] page = new MvcResult[1];
		long statements = this.statements
			.during(() -> page[0] = this.mvc.perform(get("/").with(staff)).andExpect(status().isOk()).andReturn());
		return new Counted(page[0], statements);
	}

	private record Counted(MvcResult page, long statements) {

	}

	/**
	 * The red figure: agreements in the red (each test agreement has one red commitment).
	 */
	@SuppressWarnings("unchecked")
	private static long redCount(MvcResult result) {
		return ((java.util.Map<String, DashboardFigure>) result.getModelAndView().getModel().get("figures")).get("red")
			.value()
			.longValueExact();
	}

}
