package org.lianjian.dashboard;

import org.junit.jupiter.api.Test;
import org.lianjian.support.Users;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The about page (the load benchmark's ceiling) is open to every signed-in role, shows
 * its text from the messages and is linked from the footer.
 */
@WebIntegrationTest
class AboutPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Test
	void shouldShowTheAboutPageToEveryRole() throws Exception {
		for (String who : new String[] { "admin", "staff", "secretary", "liaison" }) {
			this.mvc.perform(get("/about").with(this.users.as(who)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("关于联建")))
				.andExpect(content().string(containsString("href=\"/about\"")));
		}
	}

	@Test
	void shouldShowTheAboutPageInEnglish() throws Exception {
		this.mvc.perform(get("/about").param("lang", "en").with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("About Lianjian")));
	}

	@Test
	void shouldSendAnonymousVisitorsToTheLogin() throws Exception {
		this.mvc.perform(get("/about")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
	}

}
