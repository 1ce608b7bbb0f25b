package org.lianjian.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lianjian.agreement.AgreementService;
import org.lianjian.support.Users;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboard's cards show what an independent SQL statement counts, for staff and in a
 * secretary's scope (the figures cache is off in tests, so inserts show at once).
 */
@WebIntegrationTest
class DashboardFiguresTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void shouldShowStaffFiguresThatIndependentStatementsCount() throws Exception {
		// one more ending agreement and one more vacant unit than the demo data has
		insertEndingAgreement(anyResidentialOrg(), LocalDate.now().plusDays(3));
		Map<String, Object> model = home("staff");
		assertThat(figure(model, "units"))
			.isEqualTo(count("select count(*) from resident_unit where status = 'ACTIVE'"));
		// a primary liaison whose appointment ends today is out of office today
		assertThat(figure(model, "vacant")).isEqualTo(count("""
				select count(*) from resident_unit u where u.status = 'ACTIVE' and not exists
				  (select 1 from liaison l where l.unit_id = u.id and l.is_primary and l.start_date <= current_date
				     and (l.end_date is null or l.end_date > current_date))"""));
		assertThat(figure(model, "networks")).isEqualTo(4);
		assertThat(figure(model, "organisations"))
			.isEqualTo(count("select count(*) from organisation where status = 'ACTIVE'"));
		LocalDate month = LocalDate.now().withDayOfMonth(1);
		BigDecimal hours = this.jdbc.queryForObject("""
				select coalesce(sum(h.hours), 0) from activity_unit_hours h join activity a on a.id = h.activity_id
				where a.status = 'HELD' and a.start_at >= ? and a.start_at < ?""", BigDecimal.class,
				month.atStartOfDay(), month.plusMonths(1).atStartOfDay());
		assertThat(figures(model).get("monthHours").value()).isEqualByComparingTo(hours);
		assertEnding(model, "true");
	}

	@Test
	void shouldCountAgreementsEndingSoonInASecretarysScopeOnly() throws Exception {
		Long root = this.users.scopeOrganisationOf("secretary");
		Long outside = this.jdbc.queryForObject("""
				with recursive sub(id) as (select id from organisation where id = ?
				  union all select o.id from organisation o join sub on o.parent_id = sub.id)
				select id from organisation where type = 'RESIDENTIAL_PARTY_ORG' and id not in (select id from sub)
				order by id limit 1""", Long.class, root);
		insertEndingAgreement(root, LocalDate.now().plusDays(1));
		insertEndingAgreement(outside, LocalDate.now().plusDays(1));
		Map<String, Object> model = home("secretary");
		assertEnding(model, """
				a.community_org_id in (with recursive sub(id) as (select id from organisation where id = %d
				  union all select o.id from organisation o join sub on o.parent_id = sub.id) select id from sub)"""
			.formatted(root));
		assertThat(figures(model)).doesNotContainKeys("networks", "organisations", "vacant", "monthHours");
	}

	/** The ending-soon card: the count and the soonest eight, by end and id. */
	private void assertEnding(Map<String, Object> model, String scope) {
		LocalDate today = LocalDate.now();
		String where = "a.status = 'ACTIVE' and a.term_end between ? and ? and " + scope;
		long expected = this.jdbc.queryForObject("select count(*) from agreement a where " + where, Long.class, today,
				today.plusDays(60));
		List<Long> first = this.jdbc.queryForList(
				"select a.id from agreement a where " + where + " order by a.term_end, a.id limit 8", Long.class, today,
				today.plusDays(60));
		assertThat(expected).isPositive();
		assertThat(figure(model, "ending")).isEqualTo(expected);
		@SuppressWarnings("unchecked")
		List<AgreementService.EndingAgreement> shown = (List<AgreementService.EndingAgreement>) model
			.get("endingFirst");
		assertThat(shown).extracting(AgreementService.EndingAgreement::id).containsExactlyElementsOf(first);
		AgreementService.EndingAgreement soonest = shown.get(0);
		assertThat(soonest.termEnd()).isEqualTo(
				this.jdbc.queryForObject("select term_end from agreement where id = ?", LocalDate.class, soonest.id()));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, DashboardFigure> figures(Map<String, Object> model) {
		return (Map<String, DashboardFigure>) model.get("figures");
	}

	private static long figure(Map<String, Object> model, String key) {
		return figures(model).get(key).value().longValueExact();
	}

	private Map<String, Object> home(String user) throws Exception {
		return this.mvc.perform(get("/").with(this.users.as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getModelAndView()
			.getModel();
	}

	private long count(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

	private Long anyResidentialOrg() {
		return this.jdbc.queryForObject(
				"select id from organisation where type = 'RESIDENTIAL_PARTY_ORG' order by id limit 1", Long.class);
	}

	private void insertEndingAgreement(Long org, LocalDate end) {
		this.jdbc.update("""
				insert into agreement (number, title, level, community_org_id, status, term_start, term_end)
				values (?, 'ending test', 'BRANCH', ?, 'ACTIVE', ?, ?)""", "END" + System.nanoTime() % 1_000_000_000L,
				org, end.minusYears(1), end);
	}

}
