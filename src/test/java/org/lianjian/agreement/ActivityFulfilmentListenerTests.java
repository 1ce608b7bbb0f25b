package org.lianjian.agreement;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.lianjian.activity.ActivityCancelled;
import org.lianjian.activity.ActivityHeld;
import org.lianjian.activity.ActivityStatus;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agreement module's side of the activity events: it hears the activity module's
 * {@link ActivityHeld} and {@link ActivityCancelled} (as {@link ActivityOutcomeChanged})
 * after they commit and brings the automatic fulfilment in line with the activity as it
 * stands, in the name the event carries ({@link ActivityFulfilmentListener}). The
 * publications wait in the registry under the listener's fixed id, which V135 gave to the
 * publications of its predecessor in the activity module.
 */
@WebIntegrationTest
@EnableScenarios
class ActivityFulfilmentListenerTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@PersistenceContext
	EntityManager entityManager;

	@Test
	void shouldCountAHeldActivityInTheEventsNameAndUncountItWhenCancelled(Scenario scenario) {
		Fixture f = fixture("监听已举行");
		this.jdbc.update("update activity set status = 'HELD' where id = ?", f.activity());
		scenario.publish(new ActivityHeld(f.activity(), f.day().toLocalDate(), false, "secretary"))
			.andWaitForStateChange(() -> automatic(f), (rows) -> !rows.isEmpty())
			.andVerify((rows) -> assertThat(rows).singleElement()
				.satisfies((q) -> assertThat(q).isEqualByComparingTo("4.5")));
		assertThat(this.jdbc.queryForObject("select created_by from fulfilment where activity_id = ?", String.class,
				f.activity()))
			.as("recorded in the name the event carries")
			.isEqualTo("secretary");
		assertThat(this.jdbc.queryForList(
				"select changed_by from agreement_change where entity = 'FULFILMENT' and field = 'automatic' "
						+ "and agreement_id = (select agreement_id from commitment where id = ?) and new_value like ?",
				String.class, f.commitment(), f.title() + "%"))
			.as("the agreement's history names who held it")
			.containsExactly("secretary");

		this.jdbc.update("update activity set status = 'CANCELLED' where id = ?", f.activity());
		scenario.publish(new ActivityCancelled(f.activity(), ActivityStatus.HELD, "staff"))
			.andWaitForStateChange(() -> automatic(f), List::isEmpty)
			.andVerify((rows) -> assertThat(rows).isEmpty());
	}

	@Test
	void shouldKeepEachWaitingPublicationUnderTheListenersFixedId() {
		Fixture f = fixture("监听编号");
		List<String> listeners = new TransactionTemplate(this.transactions).execute((status) -> {
			this.events.publishEvent(new ActivityHeld(f.activity(), f.day().toLocalDate(), false, "staff"));
			// the registry keeps its publications as JPA entities: write them before
			// reading
			this.entityManager.flush();
			List<String> ids = this.jdbc.queryForList(
					"select listener_id from event_publication where serialized_event like ?", String.class,
					"%\"activityId\":" + f.activity() + ",%");
			status.setRollbackOnly();
			return ids;
		});
		assertThat(listeners).contains(ActivityFulfilmentListener.ID)
			.noneMatch((id) -> id.startsWith("org.lianjian.activity.ActivityFulfilmentListener"));
	}

	@Test
	void shouldHandTheOldListenersWaitingPublicationsToTheNewOne() throws IOException {
		String migration;
		try (InputStream in = getClass()
			.getResourceAsStream("/db/migration/V135__agreement_take_over_activity_fulfilment_listener.sql")) {
			assertThat(in).isNotNull();
			migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		String old = "org.lianjian.activity.ActivityFulfilmentListener.on(org.lianjian.activity.ActivityHeld)";
		String other = "org.lianjian.dashboard.DashboardFiguresEviction.on(org.lianjian.activity.ActivityHeld)";
		List<String> after = new TransactionTemplate(this.transactions).execute((status) -> {
			UUID waiting = publication(old, null);
			UUID done = publication(old, Timestamp.valueOf(LocalDateTime.now(this.clock)));
			UUID unrelated = publication(other, null);
			this.jdbc.update(migration);
			List<String> ids = List.of(waiting, done, unrelated)
				.stream()
				.map((id) -> this.jdbc.queryForObject("select listener_id from event_publication where id = ?",
						String.class, id))
				.toList();
			status.setRollbackOnly();
			return ids;
		});
		assertThat(after).containsExactly(ActivityFulfilmentListener.ID, old, other);
	}

	private UUID publication(String listener, @Nullable Timestamp completed) {
		UUID id = UUID.randomUUID();
		this.jdbc.update("""
				insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
				  completion_date) values (?, ?, 'org.lianjian.activity.ActivityHeld', '{}', now(), ?)""", id, listener,
				completed);
		return id;
	}

	/** A planned activity of yesterday, linked to an hours commitment of its partner. */
	private Fixture fixture(String prefix) {
		Long commitment = this.jdbc.queryForObject("""
				select c.id from commitment c join agreement a on a.id = c.agreement_id
				where a.status = 'ACTIVE' and c.measure = 'HOURS' and c.responsible_unit_id is not null
				order by c.id limit 1""", Long.class);
		Long unit = this.jdbc.queryForObject("select responsible_unit_id from commitment where id = ?", Long.class,
				commitment);
		Long organiser = this.jdbc.queryForObject(
				"select id from organisation where type = 'RESIDENTIAL_PARTY_ORG' order by id limit 1", Long.class);
		String title = prefix + (System.nanoTime() % 100_000_000);
		LocalDateTime day = LocalDateTime.now(this.clock)
			.minusDays(1)
			.withHour(9)
			.withMinute(0)
			.withSecond(0)
			.withNano(0);
		Long id = this.jdbc.queryForObject("""
				insert into activity (title, type, start_at, end_at, organiser_org_id, public_flag)
				values (?, 'CULTURE', ?, ?, ?, false) returning id""", Long.class, title, Timestamp.valueOf(day),
				Timestamp.valueOf(day.plusHours(2)), organiser);
		this.jdbc.update("insert into activity_partner (activity_id, unit_id) values (?, ?)", id, unit);
		this.jdbc.update(
				"insert into activity_unit_hours (activity_id, unit_id, volunteers, hours) values (?, ?, 3, 4.5)", id,
				unit);
		this.jdbc.update("insert into activity_commitment (activity_id, commitment_id) values (?, ?)", id, commitment);
		return new Fixture(id, unit, commitment, title, day);
	}

	private List<BigDecimal> automatic(Fixture f) {
		return this.jdbc.queryForList(
				"select quantity from fulfilment where commitment_id = ? and activity_id = ? and automatic",
				BigDecimal.class, f.commitment(), f.activity());
	}

	private record Fixture(Long activity, Long unit, Long commitment, String title, LocalDateTime day) {

	}

}
