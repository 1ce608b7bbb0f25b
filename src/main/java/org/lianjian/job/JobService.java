package org.lianjian.job;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import org.jspecify.annotations.Nullable;
import org.lianjian.account.PortalUser;
import org.lianjian.account.ScopeService;

import org.springframework.boot.task.ThreadPoolTaskExecutorBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores, starts and reports background jobs. Every job belongs to the user who created
 * it: for anybody else, {@link #find}, {@link #input}, {@link #result} and {@link #start}
 * answer as if it did not exist. The work runs on this service's own small pool, built
 * from Boot's task-execution settings, with {@link JobContextPropagation}.
 *
 * <p>
 * A user keeps at most {@link #WAITING_PER_KIND} waiting jobs of one kind (the oldest go
 * first); {@link JobHousekeeping} removes jobs a day after their last change and fails
 * jobs left RUNNING by a JVM that has gone.
 */
@Service
public class JobService {

	/** Waiting jobs a user keeps per kind; several previews in several tabs fit. */
	public static final int WAITING_PER_KIND = 10;

	/** The error code of a job cut short by a restart of the portal. */
	public static final String INTERRUPTED = "job.failed.interrupted";

	/** The error code of a job that failed for a reason its work did not name. */
	public static final String FAILED = "job.failed";

	static final String COLUMNS = "id, kind, label, state, progress_done, progress_total, error_code, created_at, updated_at";

	private final ScopeService scopes;

	private final BackgroundJobRepository repository;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final JobRunner runner;

	private final ThreadPoolTaskExecutor executor;

	/** Jobs submitted by this JVM and not yet ended. */
	private final Map<UUID, CompletableFuture<Void>> local = new ConcurrentHashMap<>();

	JobService(ScopeService scopes, BackgroundJobRepository repository, JdbcTemplate jdbc, Clock clock,
			JobRunner runner, ThreadPoolTaskExecutorBuilder executors) {
		this.scopes = scopes;
		this.repository = repository;
		this.jdbc = jdbc;
		this.clock = clock;
		this.runner = runner;
		this.executor = executors.corePoolSize(2)
			.maxPoolSize(2)
			.threadNamePrefix("job-")
			.taskDecorator(new JobContextPropagation())
			.build();
		this.executor.initialize();
	}

	@PreDestroy
	void stop() {
		this.executor.shutdown();
	}

	/**
	 * Stores a waiting job of the current user.
	 * @param kind the kind
	 * @param label what the user calls it (cut to 200 characters)
	 * @param input its input
	 * @param result what it would do, if already known (a preview), or null
	 * @return its id
	 */
	@Transactional
	public UUID create(String kind, String label, byte[] input, byte @Nullable [] result) {
		PortalUser user = owner();
		Instant now = Instant.now(this.clock);
		BackgroundJob job = new BackgroundJob();
		job.setKind(kind);
		job.setOwnerAccountId(user.getId());
		job.setOwnerUsername(user.getUsername());
		job.setLabel(label.length() > 200 ? label.substring(0, 200) : label);
		job.setInput(input);
		job.setResult(result);
		job.setCreatedAt(now);
		job.setUpdatedAt(now);
		this.repository.saveAndFlush(job);
		this.jdbc.update("""
				delete from background_job where id in (
				  select id from background_job
				  where owner_account_id = ? and kind = ? and state = 'WAITING'
				  order by created_at desc, id offset ?)""", user.getId(), kind, WAITING_PER_KIND);
		return job.getId();
	}

	/**
	 * A job of the current user.
	 * @param kind the kind it must be
	 * @param id its id
	 * @return the job, or empty when there is none of that kind, or it is somebody else's
	 */
	@Transactional(readOnly = true)
	public Optional<JobView> find(String kind, UUID id) {
		return this.jdbc
			.query("select " + COLUMNS + " from background_job where id = ? and kind = ? and owner_account_id = ?",
					JobService::view, id, kind, ownerId())
			.stream()
			.findFirst();
	}

	/**
	 * The current user's latest job of a kind, with exactly this input, that has not
	 * ended: asking twice for the same work (a double click, a second tab) finds the
	 * first job instead of starting another.
	 * @param kind the kind
	 * @param input the input the job was stored with
	 * @return the waiting or running job, or empty
	 */
	@Transactional(readOnly = true)
	public Optional<JobView> unfinished(String kind, byte[] input) {
		return this.jdbc.query("select " + COLUMNS + """
				 from background_job
				where owner_account_id = ? and kind = ? and state in ('WAITING', 'RUNNING') and input = ?
				order by created_at desc, id limit 1""", JobService::view, ownerId(), kind, input).stream().findFirst();
	}

	/**
	 * The input of a job of the current user.
	 * @param kind the kind
	 * @param id the job
	 * @return the input, or empty as for {@link #find}
	 */
	@Transactional(readOnly = true)
	public Optional<byte[]> input(String kind, UUID id) {
		return bytes("input", kind, id);
	}

	/**
	 * The result of a job of the current user: what a waiting job would do, what a
	 * finished job did or why it failed.
	 * @param kind the kind
	 * @param id the job
	 * @return the result, or empty when it has none or as for {@link #find}
	 */
	@Transactional(readOnly = true)
	public Optional<byte[]> result(String kind, UUID id) {
		return bytes("result", kind, id);
	}

	private Optional<byte[]> bytes(String column, String kind, UUID id) {
		List<byte @Nullable []> found = this.jdbc.query(
				"select " + column + " from background_job where id = ? and kind = ? and owner_account_id = ?",
				(rs, n) -> rs.getBytes(1), id, kind, ownerId());
		return found.stream().filter((b) -> b != null).map((b) -> (byte[]) b).findFirst();
	}

	/**
	 * Starts a waiting job of the current user, or one that a restart interrupted, in the
	 * background. A job starts only once: a second request (a double click, a second tab)
	 * finds it running and leaves it alone.
	 * @param kind the kind
	 * @param id the job
	 * @param work what to do
	 * @return whether this call started it; false when it is not the user's, or is
	 * running or finished already
	 */
	public boolean start(String kind, UUID id, JobWork work) {
		Instant now = Instant.now(this.clock);
		int started = this.jdbc.update("""
				update background_job
				set state = 'RUNNING', progress_done = 0, result = null, error_code = null,
				    started_at = ?, finished_at = null, updated_at = ?, version = version + 1
				where id = ? and kind = ? and owner_account_id = ?
				  and (state = 'WAITING' or (state = 'FAILED' and error_code = ?))""", Timestamp.from(now),
				Timestamp.from(now), id, kind, ownerId(), INTERRUPTED);
		if (started == 0) {
			return false;
		}
		CompletableFuture<Void> done = new CompletableFuture<>();
		this.local.put(id, done);
		try {
			this.executor.execute(() -> {
				try {
					this.runner.run(id, work);
				}
				finally {
					this.local.remove(id);
					done.complete(null);
				}
			});
		}
		catch (RuntimeException ex) {
			this.local.remove(id);
			this.runner.fail(id, FAILED, null);
			throw ex;
		}
		return true;
	}

	/**
	 * Waits a little for a job started here, so that a small one is done by the time its
	 * page is shown.
	 * @param id the job
	 * @param wait how long at most
	 */
	public void await(UUID id, Duration wait) {
		CompletableFuture<Void> done = this.local.get(id);
		if (done == null) {
			return;
		}
		try {
			done.get(wait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException | TimeoutException ex) {
			// still running: the page polls
		}
	}

	/** Ids of the jobs this JVM has submitted and not yet ended. */
	Set<UUID> runningHere() {
		return Set.copyOf(this.local.keySet());
	}

	private PortalUser owner() {
		return this.scopes.currentUser().orElseThrow(() -> new IllegalStateException("a job needs a signed-in owner"));
	}

	private long ownerId() {
		return this.scopes.currentUser().map(PortalUser::getId).orElse(-1L);
	}

	static JobView view(ResultSet rs, int row) throws SQLException {
		return new JobView(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getString("label"),
				JobState.valueOf(rs.getString("state")), rs.getInt("progress_done"), rs.getInt("progress_total"),
				rs.getString("error_code"), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant());
	}

}
