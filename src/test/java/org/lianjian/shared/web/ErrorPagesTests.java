package org.lianjian.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lianjian.support.Users;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Each error page, as the servlet container's error dispatch renders it (Boot's error
 * controller with its model of status, reason phrase and path), shows only its own
 * translated title and text in both languages: no raw key such as "??Not Found_zh_CN??"
 * from the reason phrase, and no red alert at all.
 */
@WebIntegrationTest
class ErrorPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@ParameterizedTest
	@CsvSource({ "400, 请求无法处理, Request not understood", "403, 没有访问权限, Not allowed", "404, 找不到页面, Page not found",
			"405, 请求无法处理, Request not understood", "500, 系统出错了, Something went wrong" })
	void shouldShowOnlyTheirOwnTranslatedText(int status, String chinese, String english) throws Exception {
		for (String who : new String[] { "liaison", null }) {
			assertPage(render(status, who, null), status, chinese, "zh-CN");
			assertPage(render(status, who, "en"), status, english, "en");
		}
	}

	private Document render(int status, String who, String language) throws Exception {
		MockHttpServletRequestBuilder request = get("/error").accept(MediaType.TEXT_HTML)
			.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
			.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/units/999999")
			.requestAttr(RequestDispatcher.ERROR_MESSAGE, "Unit 999999 not found");
		if (who != null) {
			request.with(this.users.as(who));
		}
		if (language != null) {
			// the language a visitor chose earlier, remembered by the portal's cookie
			request.cookie(new Cookie("lianjian-lang", language));
		}
		String html = this.mvc.perform(request).andReturn().getResponse().getContentAsString();
		return Jsoup.parse(html);
	}

	private static void assertPage(Document page, int status, String title, String language) {
		String text = page.text();
		assertThat(page.select("html").attr("lang")).as("language of the %d page", status).isEqualTo(language);
		assertThat(page.select("main h1").text()).as("title of the %d page in %s", status, language).isEqualTo(title);
		assertThat(text).as("the %d page in %s", status, language)
			.doesNotContain("??")
			.doesNotContain("Not Found")
			.doesNotContain("999999");
		assertThat(page.select(".alert-danger")).as("red alert on the %d page in %s", status, language).isEmpty();
	}

}
