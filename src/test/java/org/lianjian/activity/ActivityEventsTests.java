package org.lianjian.activity;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lianjian.support.Users;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Marking an activity held publishes {@link ActivityHeld} when it commits, and the
 * agreement module's automatic fulfilment follows after the commit (its listener of
 * {@link org.lianjian.agreement.ActivityOutcomeChanged}, which the activity events
 * implement); reopening publishes {@link ActivityReopened} and takes it back. A change
 * that rolls back leaves no publication in the registry and no fulfilment.
 */
@WebIntegrationTest
@EnableScenarios
class ActivityEventsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void shouldCreditTheCommitmentAfterTheHeldActivityCommitted(Scenario scenario) {
		Fixture f = fixture("事件已举行");
		scenario.stimulate(() -> markHeld(f))
			.andWaitForEventOfType(ActivityHeld.class)
			.matching((e) -> e.activityId().equals(f.activity()))
			.toArriveAndVerify((e) -> {
				assertThat(e.correction()).isFalse();
				assertThat(e.by()).isEqualTo("staff");
			});
		await().untilAsserted(() -> assertThat(automatic(f)).singleElement()
			.satisfies((q) -> assertThat(q).isEqualByComparingTo("6")));
		assertThat(this.jdbc.queryForObject("select created_by from fulfilment where activity_id = ?", String.class,
				f.activity()))
			.as("recorded in the name of who marked it held")
			.isEqualTo("staff");

		scenario.stimulate(() -> act(f, "reopen"))
			.andWaitForEventOfType(ActivityReopened.class)
			.matching((e) -> e.activityId().equals(f.activity()))
			.toArriveAndVerify((e) -> assertThat(e.from()).isEqualTo(ActivityStatus.HELD));
		await().untilAsserted(() -> assertThat(automatic(f)).isEmpty());
	}

	@Test
	void shouldNeitherKeepNorReactToAHeldActivityThatRolledBack() {
		Fixture f = fixture("事件回滚");
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			markHeld(f);
			status.setRollbackOnly();
		});
		assertThat(this.jdbc.queryForObject("select status from activity where id = ?", String.class, f.activity()))
			.isEqualTo("PLANNED");
		assertThat(this.jdbc.queryForObject("select count(*) from event_publication where serialized_event like ?",
				Long.class, "%\"activityId\":" + f.activity() + ",%"))
			.as("publications kept for the rolled-back change")
			.isZero();
		await().during(Duration.ofSeconds(1))
			.atMost(Duration.ofSeconds(3))
			.untilAsserted(() -> assertThat(automatic(f)).isEmpty());
	}

	/** A planned activity of yesterday, linked to an hours commitment of its partner. */
	private Fixture fixture(String title) {
		Long commitment = this.jdbc.queryForObject("""
				select c.id from commitment c join agreement a on a.id = c.agreement_id
				where a.status = 'ACTIVE' and c.measure = 'HOURS' and c.responsible_unit_id is not null
				order by c.id limit 1""", Long.class);
		Long unit = this.jdbc.queryForObject("select responsible_unit_id from commitment where id = ?", Long.class,
				commitment);
		Long id = ActivityIntegrationTests.insert(this.jdbc, ActivityIntegrationTests.unique(title),
				this.users.scopeOrganisationOf("secretary"), false, LocalDateTime.now().minusDays(1).withHour(9),
				List.of(unit));
		this.jdbc.update("insert into activity_commitment (activity_id, commitment_id) values (?, ?)", id, commitment);
		return new Fixture(id, unit, commitment);
	}

	private void markHeld(Fixture f) {
		try {
			this.mvc
				.perform(multipart("/activities/" + f.activity() + "/held").with(this.users.as("staff"))
					.with(csrf())
					.param("residentsServed", "10")
					.param("units[0].unitId", f.unit().toString())
					.param("units[0].volunteers", "3")
					.param("units[0].hours", "6")
					.param("version", Long.toString(version(f.activity()))))
				.andExpect(status().is3xxRedirection());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void act(Fixture f, String action) {
		try {
			this.mvc
				.perform(post("/activities/" + f.activity() + "/" + action).with(this.users.as("staff"))
					.with(csrf())
					.param("version", Long.toString(version(f.activity()))))
				.andExpect(status().is3xxRedirection());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private long version(Long id) {
		return this.jdbc.queryForObject("select version from activity where id = ?", Long.class, id);
	}

	private List<BigDecimal> automatic(Fixture f) {
		return this.jdbc.queryForList(
				"select quantity from fulfilment where commitment_id = ? and activity_id = ? and automatic",
				BigDecimal.class, f.commitment(), f.activity());
	}

	private record Fixture(Long activity, Long unit, Long commitment) {

	}

}
