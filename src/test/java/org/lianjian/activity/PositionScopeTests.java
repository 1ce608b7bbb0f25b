package org.lianjian.activity;

import org.junit.jupiter.api.Test;
import org.lianjian.support.Users;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Everybody signed in reads positions and may book; only staff manage them; unknown ids
 * answer 404.
 */
@WebIntegrationTest
class PositionScopeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Test
	void shouldLetEveryoneReadAndOnlyStaffManage() throws Exception {
		for (String who : new String[] { "admin", "staff", "secretary", "liaison", "liaison2" }) {
			this.mvc.perform(get("/positions").with(this.users.as(who))).andExpect(status().isOk());
		}
		for (String who : new String[] { "admin", "staff" }) {
			this.mvc.perform(get("/positions/new").with(this.users.as(who))).andExpect(status().isOk());
		}
		for (String who : new String[] { "secretary", "liaison" }) {
			this.mvc.perform(get("/positions/new").with(this.users.as(who))).andExpect(status().isForbidden());
			this.mvc.perform(post("/positions/new").with(this.users.as(who)).with(csrf()).param("name", "x"))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/positions")).andExpect(status().is3xxRedirection());
	}

	@Test
	void shouldAnswer404ForUnknownPosition() throws Exception {
		this.mvc.perform(get("/positions/999999999").with(this.users.as("liaison"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/positions/999999999/book").with(this.users.as("liaison")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/positions/999999999/edit").with(this.users.as("staff")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/positions/abc").with(this.users.as("staff"))).andExpect(status().isNotFound());
	}

	@Test
	void shouldCreatePositionWithHoursAndShowItsWeek() throws Exception {
		this.mvc
			.perform(post("/positions/new").with(this.users.as("staff"))
				.with(csrf())
				.param("category", "CULTURE_CENTRE")
				.param("name", "测试文化中心" + System.nanoTime() % 100000)
				.param("capacity", "80")
				.param("ownerOrganisationId", "")
				.param("version", "0"))
			.andExpect(status().isOk());
		// a base needs an offering unit, and times must be ordered
		this.mvc
			.perform(post("/positions/new").with(this.users.as("staff"))
				.with(csrf())
				.param("category", "SCIENCE_BASE")
				.param("name", "测试基地" + System.nanoTime() % 100000)
				.param("capacity", "20")
				.param("ownerUnitId", String.valueOf(this.users.scopeUnitOf("liaison")))
				.param("opens[0]", "10:00")
				.param("closes[0]", "09:00")
				.param("version", "0"))
			.andExpect(status().isOk());
		this.mvc
			.perform(post("/positions/new").with(this.users.as("staff"))
				.with(csrf())
				.param("category", "SCIENCE_BASE")
				.param("name", "测试基地" + System.nanoTime() % 100000)
				.param("capacity", "20")
				.param("ownerUnitId", String.valueOf(this.users.scopeUnitOf("liaison")))
				.param("opens[0]", "09:00")
				.param("closes[0]", "17:00")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/positions/*"));
		this.mvc.perform(get("/positions/1").param("week", "2026-W48").with(this.users.as("liaison")))
			.andExpect((r) -> {
				int s = r.getResponse().getStatus();
				if (s != 200 && s != 404) {
					throw new AssertionError("status " + s);
				}
			});
	}

	@Test
	void shouldShowRankingAndDashboardFiguresToEveryRole() throws Exception {
		for (String who : new String[] { "admin", "staff", "secretary", "liaison" }) {
			this.mvc.perform(get("/activities/ranking").with(this.users.as(who))).andExpect(status().isOk());
			this.mvc.perform(get("/").with(this.users.as(who))).andExpect(status().isOk());
		}
		this.mvc.perform(get("/activities/ranking").param("year", "1900").with(this.users.as("staff")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/").with(this.users.as("staff")))
			.andExpect(content().string(containsString("dashboard-activities")));
		this.mvc.perform(get("/").with(this.users.as("liaison")))
			.andExpect(content().string(containsString("dashboard-activities")));
	}

}
