package org.lianjian.job;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one job on a job thread. The work runs in one transaction that first takes the
 * job's PostgreSQL advisory lock (held until it ends, and released by the server if the
 * JVM dies) and finally marks the job SUCCEEDED, so the work's writes and the job's
 * success commit together. Progress and failures are written in transactions of their
 * own.
 */
@Component
class JobRunner {

	private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

	/** The advisory-lock key of a job, the same in every statement that uses it. */
	static final String LOCK_KEY = "hashtextextended(cast(id as text), 20260)";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final TransactionTemplate work;

	private final TransactionTemplate own;

	JobRunner(JdbcTemplate jdbc, Clock clock, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.work = new TransactionTemplate(transactions);
		this.own = new TransactionTemplate(transactions);
		this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	void run(UUID id, JobWork job) {
		try {
			this.work.executeWithoutResult((status) -> {
				byte[] input = lockAndRead(id);
				byte[] result = job.run(new Context(id, input));
				int done = this.jdbc.update("""
						update background_job
						set state = 'SUCCEEDED', result = ?, progress_done = progress_total, finished_at = ?,
						    updated_at = ?, version = version + 1
						where id = ? and state = 'RUNNING'""", result, now(), now(), id);
				if (done != 1) {
					throw new IllegalStateException("job " + id + " is no longer running");
				}
			});
		}
		catch (JobFailure ex) {
			fail(id, ex.errorCode(), ex.result());
		}
		catch (RuntimeException ex) {
			log.warn("job {} failed, its work rolled back", id, ex);
			fail(id, JobService.FAILED, null);
		}
		catch (Error ex) {
			// an error (out of memory, a class missing from a changed installation) ends
			// the job too, so that it never shows "in progress" for ever; the thread
			// then dies of it as usual
			log.error("job {} ended by an error, its work rolled back", id, ex);
			fail(id, JobService.FAILED, null);
			throw ex;
		}
	}

	private byte[] lockAndRead(UUID id) {
		this.jdbc.query("select pg_advisory_xact_lock(" + LOCK_KEY + ") from background_job where id = ?",
				(rs, n) -> null, id);
		List<byte @Nullable []> rows = this.jdbc.query(
				"select input from background_job where id = ? and state = 'RUNNING'", (rs, n) -> rs.getBytes(1), id);
		if (rows.isEmpty()) {
			throw new IllegalStateException("job " + id + " is not running here");
		}
		byte @Nullable [] input = rows.get(0);
		return input == null ? new byte[0] : input;
	}

	void progress(UUID id, int done, int total) {
		this.own.executeWithoutResult((status) -> this.jdbc.update(
				"update background_job set progress_done = ?, progress_total = ?, updated_at = ? where id = ? and state = 'RUNNING'",
				Math.max(0, done), Math.max(0, total), now(), id));
	}

	void fail(UUID id, String errorCode, byte @Nullable [] result) {
		this.own.executeWithoutResult((status) -> this.jdbc.update("""
				update background_job
				set state = 'FAILED', error_code = ?, result = ?, progress_done = 0, finished_at = ?, updated_at = ?,
				    version = version + 1
				where id = ? and state = 'RUNNING'""", errorCode, result, now(), now(), id));
	}

	private Timestamp now() {
		return Timestamp.from(Instant.now(this.clock));
	}

	private final class Context implements JobContext {

		private final UUID id;

		private final byte[] input;

		Context(UUID id, byte[] input) {
			this.id = id;
			this.input = Objects.requireNonNull(input);
		}

		@Override
		public UUID id() {
			return this.id;
		}

		@Override
		public byte[] input() {
			return this.input;
		}

		@Override
		public void progress(int done, int total) {
			JobRunner.this.progress(this.id, done, total);
		}

	}

}
