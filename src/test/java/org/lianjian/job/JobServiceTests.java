package org.lianjian.job;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Background jobs in PostgreSQL: only their owner sees them, they start once, their work
 * and their success commit together, a job left running by a JVM that has gone is marked
 * failed (and one still worked on is not), and old jobs are removed.
 */
@WebIntegrationTest
class JobServiceTests {

	static final String KIND = "test-job";

	@Autowired
	JobService jobs;

	@Autowired
	JobHousekeeping housekeeping;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	UserDetailsService users;

	@BeforeEach
	void signIn() {
		as("staff");
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	private void as(String username) {
		UserDetails user = this.users.loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	private JobView finished(UUID id) {
		await().atMost(Duration.ofSeconds(30))
			.pollInSameThread()
			.until(() -> this.jobs.find(KIND, id).orElseThrow().state().finished());
		return this.jobs.find(KIND, id).orElseThrow();
	}

	@Test
	void shouldShowAJobToItsOwnerOnlyAndStartItOnce() {
		UUID id = this.jobs.create(KIND, "input.bin", new byte[] { 1, 2, 3 }, "preview".getBytes());
		assertThat(this.jobs.find(KIND, id)).hasValueSatisfying((j) -> {
			assertThat(j.state()).isEqualTo(JobState.WAITING);
			assertThat(j.label()).isEqualTo("input.bin");
		});
		assertThat(this.jobs.find("other-kind", id)).isEmpty();

		as("admin");
		assertThat(this.jobs.find(KIND, id)).isEmpty();
		assertThat(this.jobs.input(KIND, id)).isEmpty();
		assertThat(this.jobs.start(KIND, id, (c) -> new byte[0])).isFalse();

		as("staff");
		assertThat(this.jobs.start(KIND, id, (c) -> {
			c.progress(3, 3);
			return c.input();
		})).isTrue();
		assertThat(this.jobs.start(KIND, id, (c) -> new byte[0])).as("started once").isFalse();
		JobView done = finished(id);
		assertThat(done.state()).isEqualTo(JobState.SUCCEEDED);
		assertThat(done.done()).isEqualTo(3);
		assertThat(this.jobs.result(KIND, id)).hasValue(new byte[] { 1, 2, 3 });
	}

	@Test
	void shouldRollBackTheWorkOfAFailedJobAndKeepItsReason() {
		String marker = "job-test-" + UUID.randomUUID();
		UUID id = this.jobs.create(KIND, marker, new byte[0], null);
		this.jobs.start(KIND, id, (c) -> {
			this.jdbc.update("update background_job set label = ? where id = ?", marker + "-written", c.id());
			throw new JobFailure("unit.import.failed.invalid", "why".getBytes());
		});
		JobView failed = finished(id);
		assertThat(failed.state()).isEqualTo(JobState.FAILED);
		assertThat(failed.errorCode()).isEqualTo("unit.import.failed.invalid");
		assertThat(failed.label()).as("the work's write was rolled back").isEqualTo(marker);
		assertThat(this.jobs.result(KIND, id)).hasValue("why".getBytes());
		assertThat(failed.interrupted()).isFalse();
	}

	@Test
	void shouldEndAJobThatAnErrorStoppedAsFailed() {
		String marker = "job-test-" + UUID.randomUUID();
		UUID id = this.jobs.create(KIND, marker, new byte[0], null);
		this.jobs.start(KIND, id, (c) -> {
			// what a class missing from a replaced installation throws
			throw new NoClassDefFoundError("org/lianjian/report/Gone");
		});
		JobView failed = finished(id);
		assertThat(failed.state()).isEqualTo(JobState.FAILED);
		assertThat(failed.errorCode()).isEqualTo(JobService.FAILED);
	}

	@Test
	void shouldMarkAJobLeftRunningByAGoneJvmFailedButNotOneStillWorkedOn() throws Exception {
		UUID gone = this.jobs.create(KIND, "gone", new byte[0], null);
		UUID alive = this.jobs.create(KIND, "alive", new byte[0], null);
		this.jdbc.update("update background_job set state = 'RUNNING' where id in (?, ?)", gone, alive);
		try (Connection other = this.dataSource.getConnection()) {
			other.setAutoCommit(false);
			try (PreparedStatement lock = other.prepareStatement(
					"select pg_advisory_xact_lock(" + JobRunner.LOCK_KEY + ") from background_job where id = ?")) {
				lock.setObject(1, alive);
				lock.executeQuery().close();
			}
			assertThat(this.housekeeping.failInterrupted()).isGreaterThanOrEqualTo(1);
			other.rollback();
		}
		JobView interrupted = this.jobs.find(KIND, gone).orElseThrow();
		assertThat(interrupted.state()).isEqualTo(JobState.FAILED);
		assertThat(interrupted.errorCode()).isEqualTo(JobService.INTERRUPTED);
		assertThat(interrupted.interrupted()).isTrue();
		assertThat(this.jobs.find(KIND, alive).orElseThrow().state()).as("its lock is held: still running")
			.isEqualTo(JobState.RUNNING);

		assertThat(this.jobs.start(KIND, gone, (c) -> "again".getBytes())).as("an interrupted job starts again")
			.isTrue();
		assertThat(finished(gone).state()).isEqualTo(JobState.SUCCEEDED);
		this.jdbc.update("delete from background_job where id = ?", alive);
	}

	@Test
	void shouldRemoveJobsUnchangedForADay() {
		UUID old = this.jobs.create(KIND, "old", new byte[] { 9 }, null);
		UUID recent = this.jobs.create(KIND, "recent", new byte[] { 9 }, null);
		this.jdbc.update("update background_job set updated_at = updated_at - interval '25 hours' where id = ?", old);
		assertThat(this.housekeeping.removeOld()).isGreaterThanOrEqualTo(1);
		assertThat(this.jobs.find(KIND, old)).isEmpty();
		assertThat(this.jobs.find(KIND, recent)).isPresent();
	}

	@Test
	void shouldKeepAtMostTenWaitingJobsOfAKindPerUser() {
		UUID first = this.jobs.create(KIND, "first", new byte[0], null);
		for (int i = 0; i < JobService.WAITING_PER_KIND; i++) {
			this.jobs.create(KIND, "next " + i, new byte[0], null);
		}
		assertThat(this.jobs.find(KIND, first)).isEmpty();
		Integer waiting = this.jdbc.queryForObject(
				"select count(*) from background_job where kind = ? and state = 'WAITING' and owner_username = 'staff'",
				Integer.class, KIND);
		assertThat(waiting).isEqualTo(JobService.WAITING_PER_KIND);
	}

}
