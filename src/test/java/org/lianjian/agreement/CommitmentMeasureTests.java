package org.lianjian.agreement;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.lianjian.structure.OrganisationType;
import org.lianjian.structure.StructureService;
import org.lianjian.support.Users;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each commitment has a measure chosen from a list: the form offers it, checks it against
 * the target, stores it, and numbers are shown with its unit whatever the free text says.
 */
@WebIntegrationTest
class CommitmentMeasureTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Autowired
	StructureService structure;

	@Autowired
	JdbcTemplate jdbc;

	private MockHttpServletRequestBuilder draft(String title, String measure, String target, String word) {
		LocalDate start = LocalDate.now().withDayOfYear(1);
		return post("/agreements/new").with(this.users.as("staff"))
			.with(csrf())
			.param("title", title)
			.param("level", "BRANCH")
			.param("communityOrgId",
					this.structure.optionsOfType(OrganisationType.RESIDENTIAL_PARTY_ORG).get(0).id().toString())
			.param("unitIds", this.users.scopeUnitOf("liaison").toString())
			.param("areas", "PARTY_BUILDING")
			.param("termStart", start.toString())
			.param("termEnd", start.plusYears(1).minusDays(1).toString())
			.param("summary", "共建")
			.param("commitments[0].description", "党员志愿服务")
			.param("commitments[0].responsibleUnitId", this.users.scopeUnitOf("liaison").toString())
			.param("commitments[0].area", "PARTY_BUILDING")
			.param("commitments[0].measure", measure)
			.param("commitments[0].targetQuantity", target)
			.param("commitments[0].targetUnit", word)
			.param("commitments[0].perYear", "true")
			.param("_commitments[0].perYear", "on");
	}

	@Test
	void shouldOfferTheMeasuresOnTheCommitmentForm() throws Exception {
		this.mvc.perform(get("/agreements/new").with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"commitments[0].measure\"")))
			.andExpect(content().string(containsString("时长（小时）")))
			.andExpect(content().string(containsString("金额（元）")))
			.andExpect(content().string(containsString("定性（不计数量）")));
	}

	@Test
	void shouldCheckTheTargetAgainstTheMeasure() throws Exception {
		this.mvc.perform(draft("计量一", "QUALITATIVE", "4", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("定性承诺不设目标数量")));
		this.mvc.perform(draft("计量二", "HOURS", "", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请填写目标数量")));
	}

	@Test
	void shouldStoreTheMeasureAndShowNumbersWithItsUnit() throws Exception {
		String title = "计量" + System.nanoTime() % 100000;
		// the free text says 次, the measure says hours: the measure decides
		String location = this.mvc.perform(draft(title, "HOURS", "200", "次"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		Long id = Long.valueOf(location.substring("/agreements/".length()));
		assertThat(this.jdbc.queryForObject("select measure from commitment where agreement_id = ?", String.class, id))
			.isEqualTo("HOURS");
		this.mvc.perform(get("/agreements/" + id).with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("200 小时")));
		// the form shows the measure chosen
		this.mvc.perform(get("/agreements/" + id + "/edit").with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"HOURS\" selected")));
	}

}
