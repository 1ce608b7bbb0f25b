package org.lianjian.activity;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lianjian.support.Users;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Marking an activity held counts it towards its commitments as an automatic fulfilment
 * entry (1 for count targets, its total hours for hour targets); taking it back to
 * planned, or cancelling it, removes the entries again.
 */
@WebIntegrationTest
class AutomaticFulfilmentTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Autowired
	JdbcTemplate jdbc;

	private Long commitment(String unit) {
		List<Long> ids = this.jdbc
			.queryForList("select c.id from commitment c join agreement a on a.id = c.agreement_id "
					+ "where a.status = 'ACTIVE' and c.target_unit = ? order by c.id", Long.class, unit);
		assertThat(ids).as("demo data has an active commitment counted in " + unit).isNotEmpty();
		return ids.get(0);
	}

	private Long agreementOf(Long commitment) {
		return this.jdbc.queryForObject("select agreement_id from commitment where id = ?", Long.class, commitment);
	}

	private List<BigDecimal> automatic(Long commitment, Long activity) {
		return this.jdbc.queryForList(
				"select quantity from fulfilment where commitment_id = ? and activity_id = ? and automatic",
				BigDecimal.class, commitment, activity);
	}

	private long version(Long id) {
		return this.jdbc.queryForObject("select version from activity where id = ?", Long.class, id);
	}

	private void markHeld(Long id, Long unit) throws Exception {
		this.mvc
			.perform(multipart("/activities/" + id + "/held").with(this.users.as("staff"))
				.with(csrf())
				.param("residentsServed", "20")
				.param("units[0].unitId", unit.toString())
				.param("units[0].volunteers", "3")
				.param("units[0].hours", "7.5")
				.param("version", Long.toString(version(id))))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void shouldCountAHeldActivityAndUncountItAgain() throws Exception {
		Long hoursCommitment = commitment("小时");
		Long countCommitment = commitment("次");
		Long unit = this.users.scopeUnitOf("liaison");
		String title = ActivityIntegrationTests.unique("自动履约");
		Long org = this.users.scopeOrganisationOf("secretary");
		this.mvc
			.perform(post("/activities/new").with(this.users.as("staff"))
				.with(csrf())
				.param("title", title)
				.param("type", "VOLUNTEER")
				.param("start", LocalDateTime.now().minusDays(1).withSecond(0).withNano(0).toString())
				.param("end", LocalDateTime.now().minusDays(1).plusHours(2).withSecond(0).withNano(0).toString())
				.param("organiserOrgId", org.toString())
				.param("partnerUnitIds", unit.toString())
				.param("commitmentIds", hoursCommitment.toString(), countCommitment.toString())
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());
		Long id = this.jdbc.queryForObject("select id from activity where title = ?", Long.class, title);
		assertThat(automatic(hoursCommitment, id)).isEmpty();

		// held: one automatic entry each, hours for the hour target, 1 for the count
		// target
		markHeld(id, unit);
		assertThat(automatic(hoursCommitment, id)).singleElement()
			.satisfies((q) -> assertThat(q).isEqualByComparingTo("7.5"));
		assertThat(automatic(countCommitment, id)).singleElement()
			.satisfies((q) -> assertThat(q).isEqualByComparingTo("1"));
		this.mvc.perform(get("/agreements/" + agreementOf(hoursCommitment)).with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(title)));

		// correcting the figures of a held activity updates the hours, still one entry
		this.mvc
			.perform(multipart("/activities/" + id + "/held").with(this.users.as("staff"))
				.with(csrf())
				.param("residentsServed", "20")
				.param("units[0].unitId", unit.toString())
				.param("units[0].volunteers", "3")
				.param("units[0].hours", "9")
				.param("version", Long.toString(version(id))))
			.andExpect(status().is3xxRedirection());
		assertThat(automatic(hoursCommitment, id)).singleElement()
			.satisfies((q) -> assertThat(q).isEqualByComparingTo("9"));

		// back to planned: the entries go
		this.mvc
			.perform(post("/activities/" + id + "/reopen").with(this.users.as("staff"))
				.with(csrf())
				.param("version", Long.toString(version(id))))
			.andExpect(status().is3xxRedirection());
		assertThat(automatic(hoursCommitment, id)).isEmpty();
		assertThat(automatic(countCommitment, id)).isEmpty();
		// (the agreement's history still names the activity, so the log is checked in the
		// table)

		// held again, then cancelled: counted, then not
		markHeld(id, unit);
		assertThat(automatic(countCommitment, id)).hasSize(1);
		this.mvc
			.perform(post("/activities/" + id + "/cancel").with(this.users.as("staff"))
				.with(csrf())
				.param("version", Long.toString(version(id))))
			.andExpect(status().is3xxRedirection());
		assertThat(automatic(hoursCommitment, id)).isEmpty();
		assertThat(automatic(countCommitment, id)).isEmpty();
		assertThat(this.jdbc.queryForObject("select status from activity where id = ?", String.class, id))
			.isEqualTo("CANCELLED");
	}

}
