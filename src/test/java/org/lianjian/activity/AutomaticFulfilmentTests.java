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
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Marking an activity held counts it towards its partner units' commitments as an
 * automatic fulfilment entry (1 for a count of sessions, the responsible unit's own hours
 * for an hours commitment); taking it back to planned, or cancelling it, removes the
 * entries again. Community-side and other units' commitments are refused, and hours are
 * bounded, by the rules of direct logging.
 */
@WebIntegrationTest
class AutomaticFulfilmentTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Autowired
	JdbcTemplate jdbc;

	/** An active commitment of the given measure that a unit is responsible for. */
	private Long commitment(String measure) {
		List<Long> ids = this.jdbc
			.queryForList("select c.id from commitment c join agreement a on a.id = c.agreement_id "
					+ "where a.status = 'ACTIVE' and c.measure = ? and c.responsible_unit_id is not null order by c.id",
					Long.class, measure);
		assertThat(ids).as("demo data has an active unit commitment measured in " + measure).isNotEmpty();
		return ids.get(0);
	}

	private Long unitOf(Long commitment) {
		return this.jdbc.queryForObject("select responsible_unit_id from commitment where id = ?", Long.class,
				commitment);
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

	private void markHeld(Long id, Long unit, Long other, String hours) throws Exception {
		this.mvc
			.perform(multipart("/activities/" + id + "/held").with(this.users.as("staff"))
				.with(csrf())
				.param("residentsServed", "20")
				.param("units[0].unitId", unit.toString())
				.param("units[0].volunteers", "5")
				.param("units[0].hours", hours)
				.param("units[1].unitId", other.toString())
				.param("units[1].volunteers", "2")
				.param("units[1].hours", "3")
				.param("version", Long.toString(version(id))))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void shouldCountAHeldActivityAndUncountItAgain() throws Exception {
		Long hoursCommitment = commitment("HOURS");
		Long countCommitment = commitment("SESSIONS");
		Long unit = unitOf(hoursCommitment);
		Long other = unitOf(countCommitment);
		if (other.equals(unit)) {
			other = this.jdbc.queryForObject("select min(id) from resident_unit where id <> ?", Long.class, unit);
		}
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
				.param("partnerUnitIds", unit.toString(), unitOf(countCommitment).toString(), other.toString())
				.param("commitmentIds", hoursCommitment.toString(), countCommitment.toString())
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());
		Long id = this.jdbc.queryForObject("select id from activity where title = ?", Long.class, title);
		assertThat(automatic(hoursCommitment, id)).isEmpty();

		// held: one automatic entry each, the responsible unit's own hours (not the 3
		// hours of the other partner) for the hour target, 1 for the count target
		markHeld(id, unit, other, "7.5");
		// the agreement module's fulfilment follows the activity's commit
		// (agreement.ActivityFulfilmentListener)
		await().untilAsserted(() -> {
			assertThat(automatic(hoursCommitment, id)).singleElement()
				.satisfies((q) -> assertThat(q).isEqualByComparingTo("7.5"));
			assertThat(automatic(countCommitment, id)).singleElement()
				.satisfies((q) -> assertThat(q).isEqualByComparingTo("1"));
		});
		this.mvc.perform(get("/agreements/" + agreementOf(hoursCommitment)).with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(title)));

		// correcting the figures of a held activity updates the hours, still one entry
		markHeld(id, unit, other, "9");
		await().untilAsserted(() -> assertThat(automatic(hoursCommitment, id)).singleElement()
			.satisfies((q) -> assertThat(q).isEqualByComparingTo("9")));

		// back to planned: the entries go
		this.mvc
			.perform(post("/activities/" + id + "/reopen").with(this.users.as("staff"))
				.with(csrf())
				.param("version", Long.toString(version(id))))
			.andExpect(status().is3xxRedirection());
		await().untilAsserted(() -> {
			assertThat(automatic(hoursCommitment, id)).isEmpty();
			assertThat(automatic(countCommitment, id)).isEmpty();
		});
		// (the agreement's history still names the activity, so the log is checked in the
		// table)

		// held again, then cancelled: counted, then not
		markHeld(id, unit, other, "7.5");
		await().untilAsserted(() -> assertThat(automatic(countCommitment, id)).hasSize(1));
		this.mvc
			.perform(post("/activities/" + id + "/cancel").with(this.users.as("staff"))
				.with(csrf())
				.param("version", Long.toString(version(id))))
			.andExpect(status().is3xxRedirection());
		await().untilAsserted(() -> {
			assertThat(automatic(hoursCommitment, id)).isEmpty();
			assertThat(automatic(countCommitment, id)).isEmpty();
		});
		assertThat(this.jdbc.queryForObject("select status from activity where id = ?", String.class, id))
			.isEqualTo("CANCELLED");
	}

	@Test
	void shouldRefuseCommitmentsTheRulesOfDirectLoggingRefuse() throws Exception {
		Long unit = this.users.scopeUnitOf("liaison");
		List<Long> community = this.jdbc.queryForList("""
				select c.id from commitment c join agreement a on a.id = c.agreement_id join agreement_party au
				  on au.agreement_id = a.id and au.unit_id = ?
				where a.status = 'ACTIVE' and c.responsible_unit_id is null order by c.id""", Long.class, unit);
		List<Long> othersOfOwnAgreements = this.jdbc.queryForList("""
				select c.id from commitment c join agreement a on a.id = c.agreement_id join agreement_party au
				  on au.agreement_id = a.id and au.unit_id = ?
				where a.status = 'ACTIVE' and c.responsible_unit_id <> ? order by c.id""", Long.class, unit, unit);
		assertThat(community).as("a community-side commitment of the liaison's agreements").isNotEmpty();
		for (Long refused : org.assertj.core.util.Lists.newArrayList(community.get(0),
				othersOfOwnAgreements.isEmpty() ? community.get(0) : othersOfOwnAgreements.get(0))) {
			this.mvc
				.perform(post("/activities/new").with(this.users.as("liaison"))
					.with(csrf())
					.param("title", ActivityIntegrationTests.unique("越权履约"))
					.param("type", "VOLUNTEER")
					.param("start", "2026-05-01T09:00")
					.param("end", "2026-05-01T11:00")
					.param("organiserOrgId", this.users.scopeOrganisationOf("secretary").toString())
					.param("partnerUnitIds", unit.toString())
					.param("commitmentIds", refused.toString()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("不能把活动计入承诺")));
		}
		// an hours commitment cannot be credited with hours beyond volunteers × length
		Long hoursCommitment = commitment("HOURS");
		Long hoursUnit = unitOf(hoursCommitment);
		Long id = ActivityIntegrationTests.insert(this.jdbc, ActivityIntegrationTests.unique("五百小时"),
				this.users.scopeOrganisationOf("secretary"), false, LocalDateTime.now().minusDays(1).withHour(9),
				List.of(hoursUnit));
		this.jdbc.update("insert into activity_commitment (activity_id, commitment_id) values (?, ?)", id,
				hoursCommitment);
		this.mvc
			.perform(multipart("/activities/" + id + "/held").with(this.users.as("staff"))
				.with(csrf())
				.param("residentsServed", "20")
				.param("units[0].unitId", hoursUnit.toString())
				.param("units[0].volunteers", "4")
				.param("units[0].hours", "500")
				.param("version", Long.toString(version(id))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("超过上限 8 小时")));
		assertThat(automatic(hoursCommitment, id)).isEmpty();
		// direct logging: one record is bounded by the measure
		Long agreement = agreementOf(hoursCommitment);
		this.mvc
			.perform(multipart("/agreements/" + agreement + "/fulfilments").with(this.users.as("staff"))
				.with(csrf())
				.param("commitmentId", hoursCommitment.toString())
				.param("happenedOn", java.time.LocalDate.now().minusDays(1).toString())
				.param("description", "一次记满")
				.param("quantity", "20000"))
			.andExpect(content().string(containsString("一条履约记录最多记 10000")));
	}

}
