package org.lianjian.agreement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A commitment that the red list judges red is published as {@link CommitmentTurnedRed}
 * once per turn: by the nightly job (time alone turned it red), not again while it stays
 * red, and again after it left the red and came back.
 */
@WebIntegrationTest
@EnableScenarios
class CommitmentTurnedRedTests {

	@Autowired
	RedWatch redWatch;

	@Autowired
	RagQueries rag;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Test
	void shouldPublishEachTurnIntoTheRedOnce(Scenario scenario) {
		LocalDate today = LocalDate.now(this.clock);
		Long org = this.jdbc.queryForObject(
				"select id from organisation where type = 'RESIDENTIAL_PARTY_ORG' order by id limit 1", Long.class);
		// in force, its term ended yesterday with nothing delivered: red
		Long agreement = this.jdbc.queryForObject("""
				insert into agreement (number, title, level, community_org_id, status, term_start, term_end)
				values (?, 'turned red test', 'BRANCH', ?, 'ACTIVE', ?, ?) returning id""", Long.class,
				"TR" + System.nanoTime() % 1_000_000_000L, org, today.minusDays(400), today.minusDays(1));
		Long commitment = this.jdbc.queryForObject("""
				insert into commitment (agreement_id, description, area, target_quantity, target_unit)
				values (?, 'turned red commitment', 'CULTURE', 100, 'x') returning id""", Long.class, agreement);
		try {
			scenario.stimulate(() -> this.redWatch.checkAll(today))
				.andWaitForEventOfType(CommitmentTurnedRed.class)
				.matching((e) -> e.commitmentId().equals(commitment))
				.toArriveAndVerify((e) -> {
					assertThat(e.agreementId()).isEqualTo(agreement);
					assertThat(e.on()).isEqualTo(today);
				});
			assertThat(this.rag.markRed(List.of(agreement), today)).as("still red: no new turn").isEmpty();

			// delivered in full: no longer red; taken back: red again, a new turn
			this.jdbc.update(
					"insert into fulfilment (commitment_id, agreement_id, happened_on, description, quantity, "
							+ "created_by) values (?, ?, ?, 'all of it', 100, 'test')",
					commitment, agreement, today.minusDays(2));
			assertThat(this.rag.markRed(List.of(agreement), today)).isEmpty();
			assertThat(this.jdbc.queryForObject("select red_since from commitment where id = ?", LocalDate.class,
					commitment))
				.isNull();
			this.jdbc.update("delete from fulfilment where commitment_id = ?", commitment);
			assertThat(this.rag.markRed(List.of(agreement), today)).containsEntry(commitment, agreement);
		}
		finally {
			this.jdbc.update("delete from fulfilment where commitment_id = ?", commitment);
			this.jdbc.update("delete from commitment where id = ?", commitment);
			this.jdbc.update("delete from agreement where id = ?", agreement);
		}
	}

}
