package org.lianjian.activity;

import java.util.List;

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
 * The activity form's festival or series is a choice of the festival calendar by name
 * (issue 16, raw identifiers): the form shows names, stores the code, and answers an
 * unknown code with a message next to the field.
 */
@WebIntegrationTest
class FestivalChoiceTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Autowired
	JdbcTemplate jdbc;

	private String html(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void theFormOffersTheFestivalsByNameAndRefusesAnUnknownCode() throws Exception {
		String form = html(get("/activities/new"));
		assertThat(form).containsPattern("<select[^>]*name=\"festivalTag\"")
			.containsPattern("<option value=\"lei-feng-day\"[^>]*>学雷锋日</option>")
			.doesNotContainPattern(">\\s*lei-feng-day\\s*<")
			.doesNotContainPattern("<input[^>]*name=\"festivalTag\"");
		Long org = this.users.scopeOrganisationOf("secretary");
		String title = "节庆选择" + (System.nanoTime() % 100_000_000);
		// a year of its own: a festival has one activity a year
		String day = (2040 + System.nanoTime() % 50) + "-03-05T";
		String refused = html(post("/activities/new").with(csrf())
			.param("title", title)
			.param("type", "CULTURE")
			.param("festivalTag", "no-such-festival")
			.param("start", day + "09:00")
			.param("end", day + "11:00")
			.param("organiserOrgId", org.toString()));
		assertThat(refused).containsPattern("id=\"festivalTag-error\"[^>]*>请从列表中选择节庆或系列<");
		assertThat(this.jdbc.queryForList("select id from activity where title = ?", Long.class, title)).isEmpty();
		// a known code is stored as the code, and shown by its name
		this.mvc
			.perform(post("/activities/new").with(this.users.as("staff"))
				.with(csrf())
				.param("title", title)
				.param("type", "CULTURE")
				.param("festivalTag", "lei-feng-day")
				.param("start", day + "09:00")
				.param("end", day + "11:00")
				.param("organiserOrgId", org.toString()))
			.andExpect(status().is3xxRedirection());
		List<String> tags = this.jdbc.queryForList("select festival_tag from activity where title = ?", String.class,
				title);
		assertThat(tags).containsExactly("lei-feng-day");
	}

}
