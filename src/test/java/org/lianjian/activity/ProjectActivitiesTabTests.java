package org.lianjian.activity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.lianjian.support.Users;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The project page links to the project's activities, which the activity module lists in
 * the reader's scope; a project outside the scope answers 404 there too.
 */
@WebIntegrationTest
class ProjectActivitiesTabTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Test
	void shouldListAProjectsActivitiesFromItsPage() throws Exception {
		String list = this.mvc.perform(get("/projects").with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher m = Pattern.compile("href=\"/projects/(\\d+)\"").matcher(list);
		boolean found = false;
		while (m.find() && !found) {
			String id = m.group(1);
			String page = this.mvc.perform(get("/projects/" + id).with(this.users.as("staff")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).contains("/projects/" + id + "/activities");
			String tab = this.mvc.perform(get("/projects/" + id + "/activities").with(this.users.as("staff")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			found = tab.contains("href=\"/activities/");
		}
		assertThat(found).as("a demo project with activities").isTrue();
		this.mvc.perform(get("/projects/987654321/activities").with(this.users.as("staff")))
			.andExpect(status().isNotFound());
	}

}
