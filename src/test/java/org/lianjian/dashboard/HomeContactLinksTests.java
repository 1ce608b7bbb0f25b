package org.lianjian.dashboard;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lianjian.support.Users;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The liaison's home names their unit's liaisons with a phone number and an e-mail
 * address that a phone can call or write to (issue 16, contact details).
 */
@WebIntegrationTest
class HomeContactLinksTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theUnitsLiaisonsPhoneAndEmailAreLinks() throws Exception {
		Long unit = this.users.scopeUnitOf("liaison");
		Map<String, Object> row = this.jdbc.queryForMap(
				"select id, phone, email from liaison where unit_id = ? and end_date is null order by id limit 1",
				unit);
		try {
			this.jdbc.update(
					"update liaison set phone = '021 6543 2100', email = 'home.contact@example.org' where id = ?",
					row.get("id"));
			String html = this.mvc.perform(get("/").with(this.users.as("liaison")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(html).contains("href=\"tel:02165432100\"", "href=\"mailto:home.contact@example.org\"");
		}
		finally {
			this.jdbc.update("update liaison set phone = ?, email = ? where id = ?", row.get("phone"), row.get("email"),
					row.get("id"));
		}
	}

}
