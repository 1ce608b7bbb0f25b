package org.lianjian.unit;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lianjian.support.Users;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
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
 * SCRATCH: the trial field of the adding-a-field recipe, through import, list, detail,
 * form and export.
 */
@WebIntegrationTest
class WebsiteFieldTrialTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Autowired
	UnitService units;

	@Autowired
	ResidentUnitRepository unitRepository;

	@Test
	void shouldCarryTheWebsiteEverywhere() throws Exception {
		String prefix = LedgerFiles.prefix("网址试验");
		UnitChoices choices = this.units.choices();
		String code = LedgerFiles.creditCode();
		List<Object> row = LedgerFiles.row(prefix + "单位", code, "非公企业", choices.areas().get(0).name(),
				choices.networks().get(0).name());
		row.add("https://trial.example.cn/site");
		List<String> headers = new ArrayList<>(LedgerFiles.HEADERS);
		headers.add("网址");
		LedgerUploads uploads = new LedgerUploads(this.mvc, this.users, "staff");
		ImportPreview preview = uploads.preview("w.xlsx", LedgerFiles.xlsx(headers, List.of(row)));
		assertThat(preview.errors()).isEmpty();
		uploads.commit(preview);
		ResidentUnit u = this.unitRepository.findByName(prefix + "单位").get(0);
		assertThat(u.getWebsite()).isEqualTo("https://trial.example.cn/site");

		this.mvc.perform(get("/units").param("q", prefix).with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("https://trial.example.cn/site")));
		this.mvc.perform(get("/units/" + u.getId()).with(this.users.as("staff")))
			.andExpect(content().string(containsString("https://trial.example.cn/site")));
		this.mvc.perform(get("/units/" + u.getId() + "/edit").with(this.users.as("staff")))
			.andExpect(content().string(containsString("value=\"https://trial.example.cn/site\"")));
		byte[] csv = this.mvc.perform(get("/units/export.csv").param("q", prefix).with(this.users.as("staff")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(csv, Charset.forName("GB18030"))).contains("网址")
			.contains("https://trial.example.cn/site");

		// the form saves a new value, shown on the unit's page and in the list's column
		UnitForm edited = this.users.call("staff", () -> this.units.detail(u.getId()))
			.toForm()
			.toBuilder()
			.website("https://new.example.cn")
			.build();
		MockHttpServletRequestBuilder save = post("/units/" + u.getId() + "/edit").with(this.users.as("staff"))
			.with(csrf());
		save.param("name", edited.name())
			.param("creditCode", edited.creditCode())
			.param("category", edited.category().name())
			.param("adminRank", edited.adminRank().name())
			.param("headcount", String.valueOf(edited.headcount()))
			.param("partyMemberCount", String.valueOf(edited.partyMemberCount()))
			.param("status", edited.status().name())
			.param("residentialAreaId", String.valueOf(edited.residentialAreaId()))
			.param("networkId", String.valueOf(edited.networkId()))
			.param("_dualManaged", "on")
			.param("_coordinationMember", "on")
			.param("website", edited.website())
			.param("version", String.valueOf(edited.version()));
		this.mvc.perform(save).andExpect(status().is3xxRedirection());
		assertThat(this.unitRepository.findById(u.getId()).orElseThrow().getWebsite())
			.isEqualTo("https://new.example.cn");
		this.mvc.perform(get("/units/" + u.getId()).with(this.users.as("staff")))
			.andExpect(content().string(containsString("<dt class=\"col-sm-4 col-lg-3\">网址</dt>")))
			.andExpect(content().string(containsString("https://new.example.cn")));
		this.mvc.perform(get("/units").param("q", prefix).with(this.users.as("staff")))
			.andExpect(content().string(containsString(">网址</th>")))
			.andExpect(content().string(containsString("https://new.example.cn")));
		this.mvc.perform(get("/units/" + u.getId()).param("tab", "history").with(this.users.as("staff")))
			.andExpect(content().string(containsString("https://trial.example.cn/site")));

		// a ledger without the column keeps the stored value
		LedgerUploads again = new LedgerUploads(this.mvc, this.users, "staff");
		ImportPreview old = again.preview("old.xlsx", LedgerFiles.xlsx(List.of(row.subList(0, row.size() - 1))));
		assertThat(old.errors()).isEmpty();
		again.commit(old);
		assertThat(this.unitRepository.findById(u.getId()).orElseThrow().getWebsite())
			.isEqualTo("https://new.example.cn");
	}

}
