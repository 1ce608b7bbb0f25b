package org.lianjian.agreement;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.lianjian.support.Users;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The parent field of a liaison's own draft cannot name an agreement the liaison may not
 * see: it is missing (404), as when asked for by id, and its number and title never show.
 */
@WebIntegrationTest
class AgreementParentScopeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Autowired
	JdbcTemplate jdbc;

	private MockHttpServletRequestBuilder draft(String title, Long parent) {
		Long unit = this.users.scopeUnitOf("liaison");
		Long org = this.jdbc.queryForObject("select id from organisation where status = 'ACTIVE' and parent_id is not"
				+ " null and structure_role is null order by id limit 1", Long.class);
		return post("/agreements/new").with(this.users.as("liaison"))
			.with(csrf())
			.param("title", title)
			.param("level", "BRANCH")
			.param("communityOrgId", org.toString())
			.param("unitIds", unit.toString())
			.param("areas", "OTHER")
			.param("termStart", LocalDate.now().withDayOfYear(1).toString())
			.param("termEnd", LocalDate.now().withDayOfYear(1).plusYears(2).toString())
			.param("summary", "")
			.param("parentAgreementId", parent.toString());
	}

	@Test
	void shouldAnswer404ForAParentOutsideTheLiaisonsScope() throws Exception {
		Long unit = this.users.scopeUnitOf("liaison");
		Long hidden = this.jdbc.queryForObject(
				"select a.id from agreement a where a.level = 'SUB_DISTRICT' and not exists (select 1 from agreement_party u"
						+ " where u.agreement_id = a.id and u.unit_id = ?) order by a.status = 'DRAFT' desc, a.id limit 1",
				Long.class, unit);
		String title = "父协议越权测试" + System.nanoTime() % 1_000_000;

		this.mvc.perform(draft(title, hidden)).andExpect(status().isNotFound());

		assertThat(this.jdbc.queryForObject("select count(*) from agreement where title = ?", Integer.class, title))
			.isZero();
		this.mvc.perform(get("/agreements/" + hidden).with(this.users.as("liaison"))).andExpect(status().isNotFound());
	}

	@Test
	void shouldAcceptAParentTheLiaisonMaySee() throws Exception {
		Long unit = this.users.scopeUnitOf("liaison");
		Long visible = this.jdbc.queryForObject(
				"select a.id from agreement a join agreement_party u on u.agreement_id = a.id and u.unit_id = ?"
						+ " where a.level = 'SUB_DISTRICT' order by a.id limit 1",
				Long.class, unit);
		String title = "父协议可见测试" + System.nanoTime() % 1_000_000;

		this.mvc.perform(draft(title, visible)).andExpect(status().is3xxRedirection());

		assertThat(this.jdbc.queryForObject("select parent_agreement_id from agreement where title = ?", Long.class,
				title))
			.isEqualTo(visible);
	}

}
