package org.lianjian.job;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the job table honest and small. At start-up and every ten minutes, a RUNNING job
 * whose advisory lock nobody holds (the JVM that ran it was stopped or killed; PostgreSQL
 * released the lock with its connection) is marked FAILED with
 * {@link JobService#INTERRUPTED}: it never shows "in progress" forever, and its owner can
 * start it again. Jobs unchanged for {@link #KEEP} are removed, uploads included.
 */
@Component
class JobHousekeeping {

	private static final Logger log = LoggerFactory.getLogger(JobHousekeeping.class);

	/** How long a job is kept after its last change. */
	static final Duration KEEP = Duration.ofHours(24);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final JobService jobs;

	JobHousekeeping(JdbcTemplate jdbc, Clock clock, JobService jobs) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.jobs = jobs;
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStart() {
		failInterrupted();
	}

	@Scheduled(fixedDelay = 10, initialDelay = 10, timeUnit = java.util.concurrent.TimeUnit.MINUTES)
	void everyTenMinutes() {
		failInterrupted();
		removeOld();
	}

	/**
	 * Marks FAILED every running job that no live transaction is working on.
	 * @return how many
	 */
	@Transactional
	int failInterrupted() {
		Set<UUID> here = this.jobs.runningHere();
		Timestamp now = Timestamp.from(Instant.now(this.clock));
		List<Object> args = new ArrayList<>(List.of(JobService.INTERRUPTED, now, now));
		args.addAll(here);
		String notHere = here.isEmpty() ? ""
				: " and id not in (" + String.join(", ", Collections.nCopies(here.size(), "?")) + ")";
		int failed = this.jdbc.update("""
				update background_job
				set state = 'FAILED', error_code = ?, progress_done = 0, finished_at = ?, updated_at = ?,
				    version = version + 1
				where state = 'RUNNING'""" + notHere + " and pg_try_advisory_xact_lock(" + JobRunner.LOCK_KEY + ")",
				args.toArray());
		if (failed > 0) {
			log.warn("{} background job(s) were interrupted by a restart and are marked failed", failed);
		}
		return failed;
	}

	/**
	 * Removes jobs unchanged for a day, except running ones.
	 * @return how many
	 */
	@Transactional
	int removeOld() {
		Timestamp cutoff = Timestamp.from(Instant.now(this.clock).minus(KEEP));
		return this.jdbc.update("delete from background_job where updated_at < ? and state <> 'RUNNING'", cutoff);
	}

}
