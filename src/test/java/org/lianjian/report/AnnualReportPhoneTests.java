package org.lianjian.report;

import org.junit.jupiter.api.Test;
import org.lianjian.support.Users;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The annual report page for a phone: contents with jump links and a way back to them,
 * table cells that carry their column's heading (each row stacks into a card), and the
 * year-on-year change of terminated agreements coloured as bad when it rises.
 */
@WebIntegrationTest
class AnnualReportPhoneTests {

	@Autowired
	Users users;

	@Autowired
	MockMvc mvc;

	@Test
	void thePageHasContentsStackingTablesAndArrowsColouredByMeaning() throws Exception {
		this.mvc.perform(get("/reports/annual/2026").with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"report-toc\"")))
			.andExpect(content().string(containsString("href=\"#report-toc\"")))
			.andExpect(content().string(containsString("href=\"#section-fulfilment\"")))
			.andExpect(content().string(containsString("report-stack")))
			.andExpect(content().string(containsString("data-label=\"完成率（%）\"")))
			.andExpect(content().string(matchesPattern("(?s).*class=\"report-trend report-trend-(GOOD|BAD|NEUTRAL) "
					+ "text-(success|danger|body-secondary)\".*")));
	}

}
