package org.lianjian.shared.web;

import org.junit.jupiter.api.Test;
import org.lianjian.support.Users;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every list filters the same way (on submit, no filtering as you type), folds its
 * filters behind one button on a phone with the number of filters set, and shows a
 * liaison, who sees one unit, no filter that picks among units.
 */
@WebIntegrationTest
class ListFilterIntegrationTests {

	@Autowired
	Users users;

	@Autowired
	MockMvc mvc;

	@Test
	void aLiaisonSeesNoUnitFilterWhereStaffDo() throws Exception {
		for (String list : new String[] { "/agreements", "/activities" }) {
			this.mvc.perform(get(list).with(this.users.as("liaison")))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("id=\"unitName\""))));
			this.mvc.perform(get(list).with(this.users.as("staff")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"unitName\"")));
		}
		this.mvc.perform(get("/units").with(this.users.as("liaison")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"unit-filters\""))))
			.andExpect(content().string(not(containsString("filter-toggle"))));
		this.mvc.perform(get("/units").with(this.users.as("secretary")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"unit-filters\"")));
	}

	@Test
	void theFoldedFiltersCountTheFiltersSetButNotPagingOrSorting() throws Exception {
		this.mvc.perform(get("/agreements").param("q", "协议").param("year", "2026").with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-bs-target=\"#agreement-filters\"")))
			.andExpect(content().string(containsString("已设 2 项筛选")));
		this.mvc
			.perform(get("/units").param("q", "医院")
				.param("sort", "headcount")
				.param("dir", "asc")
				.param("page", "1")
				.with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已设 1 项筛选")));
		this.mvc.perform(get("/projects").with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-bs-target=\"#project-filters\"")))
			.andExpect(content().string(not(containsString("项筛选"))));
	}

	@Test
	void noListFiltersAsYouType() throws Exception {
		for (String list : new String[] { "/units", "/agreements", "/activities", "/projects", "/admin/accounts",
				"/admin/audit" }) {
			this.mvc.perform(get(list).with(this.users.as("admin")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("collapse d-md-flex")))
				.andExpect(content().string(not(containsString("hx-trigger=\"input"))));
		}
	}

}
