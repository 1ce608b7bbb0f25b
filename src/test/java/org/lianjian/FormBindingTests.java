package org.lianjian;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.lianjian.support.Users;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A value that cannot be converted, a date outside the accepted years and a half-filled
 * row each come back as a message beside their field, with the rest of the input kept
 * (nothing is saved: every post here is refused).
 */
@WebIntegrationTest
class FormBindingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Test
	void shouldReRenderActivityFormWhenStartIsNoDate() throws Exception {
		Document page = refused(post("/activities/new").param("title", "楼道议事会")
			.param("type", "OTHER")
			.param("start", "明天上午")
			.param("end", "2026-03-05T11:00"));
		assertThat(page.select(".is-invalid[name=start]")).hasSize(1);
		assertThat(page.text()).contains("请输入有效的日期和时间");
		assertThat(page.select("input[name=title]").val()).isEqualTo("楼道议事会");
		assertThat(page.select("input[name=start]").val()).isEqualTo("明天上午");
	}

	@Test
	void shouldRefuseProjectDatesBeforeTheYear1900() throws Exception {
		Document page = refused(post("/projects/new").param("name", "助老服务")
			.param("status", "ACTIVE")
			.param("startDate", "0000-01-01")
			.param("endDate", "-0001-01-01"));
		assertThat(page.select(".is-invalid[name=startDate]")).hasSize(1);
		assertThat(page.select(".is-invalid[name=endDate]")).hasSize(1);
		assertThat(page.text()).contains("请输入 1900 年至 2100 年之间的日期");
	}

	@Test
	void shouldRefuseAPartnerRowWithoutUnitAndAmountsWithThreeDecimals() throws Exception {
		Document page = refused(post("/projects/new").param("name", "助老服务")
			.param("status", "ACTIVE")
			.param("startDate", "2026-01-01")
			.param("endDate", "2026-12-31")
			.param("partners[0].role", "出资方")
			.param("partners[1].amount", "0.001"));
		assertThat(page.select(".is-invalid[name=partners[0].unitId]")).hasSize(1);
		assertThat(page.text()).contains("请选择合作单位，或清空这一行");
		assertThat(page.select(".is-invalid[name=partners[1].amount]")).hasSize(1);
		assertThat(page.text()).contains("最多保留两位小数");
	}

	@Test
	void shouldReRenderFestivalFormWhenMonthIsNoNumber() throws Exception {
		Document page = refused(post("/activities/festivals").param("name", "重阳节")
			.param("dateRule", "FIXED")
			.param("month", "九月")
			.param("day", "9")
			.param("activityType", "OTHER")
			.param("version", "0"));
		assertThat(page.select(".is-invalid[name=month]")).hasSize(1);
		assertThat(page.text()).contains("请输入整数");
	}

	private Document refused(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = this.mvc
			.perform(request.with(this.users.as("staff")).with(csrf()).header("Accept-Language", "zh-CN"))
			.andReturn();
		assertThat(result.getResponse().getStatus()).as("status").isEqualTo(200);
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

}
