package org.lianjian.activity;

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
 * The calendar: each day offers a new activity on that day (the form starts on it), each
 * activity carries its full title and its type's colour, and a legend names the colours.
 */
@WebIntegrationTest
class CalendarNewFromDayTests {

	@Autowired
	Users users;

	@Autowired
	MockMvc mvc;

	@Test
	void eachDayOfTheMonthLinksToANewActivityOnThatDay() throws Exception {
		this.mvc.perform(get("/activities/calendar").param("month", "2026-03").with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/activities/new?date=2026-03-17\"")))
			.andExpect(content().string(containsString("在 2026-03-17 新建活动")))
			.andExpect(content().string(containsString("calendar-legend")))
			.andExpect(content().string(containsString("calendar-type-PARTY_LECTURE")));
		this.mvc.perform(get("/activities/calendar/day").param("date", "2026-03-17").with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/activities/new?date=2026-03-17\"")));
	}

	@Test
	void theNewActivityFormStartsOnTheDayGiven() throws Exception {
		this.mvc.perform(get("/activities/new").param("date", "2026-03-17").with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"2026-03-17T09:00\"")))
			.andExpect(content().string(containsString("value=\"2026-03-17T11:00\"")));
		this.mvc.perform(get("/activities/new").param("date", "17.03.2026").with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("value=\"2026-03-17T09:00\""))));
	}

	@Test
	void anActivityInTheGridCarriesItsFullTitleAndType() throws Exception {
		this.mvc.perform(get("/activities/calendar").with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"calendar-item small calendar-type-")))
			.andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
					"(?s).*<a href=\"/activities/\\d+\"[^>]*\\s+title=\"\\d\\d:\\d\\d [^\"]+ · [^\"]+\".*")));
	}

}
