package org.lianjian.dashboard;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.lianjian.support.KeptPages;
import org.lianjian.support.Users;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

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
	EntityManagerFactory entityManagerFactory;

	@Test
	void shouldListNewRedCommitmentsWithoutMoreStatements() throws Exception {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.setStatisticsEnabled(true);
		try {
			home();
			statistics.clear();
			long before = redCount(home());
			long statementsBefore = statistics.getPrepareStatementCount();
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
			statistics.clear();
			MvcResult after = home();
			assertThat(redCount(after)).isEqualTo(before + 10);
			assertThat(statistics.getPrepareStatementCount()).isEqualTo(statementsBefore);
			assertThat((List<?>) after.getModelAndView().getModel().get("redFirst")).hasSize(8);
		}
		finally {
			statistics.setStatisticsEnabled(false);
		}
	}

	private MvcResult home() throws Exception {
		KeptPages.renderAfresh(this.jdbc);
		return this.mvc.perform(get("/").with(this.users.as("staff"))).andExpect(status().isOk()).andReturn();
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
