package org.lianjian.unit;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jspecify.annotations.Nullable;
import org.lianjian.job.JobContext;
import org.lianjian.job.JobFailure;
import org.lianjian.job.JobService;
import org.lianjian.job.JobState;
import org.lianjian.job.JobView;
import org.lianjian.unit.LedgerImportPlanner.Plan;
import org.lianjian.unit.LedgerImportPlanner.Planned;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports the ledger (台账): an upload is read ({@link LedgerReader}), planned without
 * writing ({@link LedgerImportPlanner}) and kept as a waiting background job with its
 * preview, under its own id, so several previews can stand side by side. Confirming it
 * runs the job: the file is read and checked again and every row written in one
 * transaction, with progress, or nothing at all.
 */
@Service
class UnitLedgerImporter {

	private static final Logger log = LoggerFactory.getLogger(UnitLedgerImporter.class);

	/** The job kind of a ledger import. */
	static final String KIND = "unit-import";

	/** Largest file accepted. */
	static final long MAX_BYTES = LedgerReader.MAX_BYTES;

	/** Most data rows in one file. */
	static final int MAX_ROWS = 50_000;

	/** Rows written between two flushes of the persistence context. */
	private static final int CHUNK = 200;

	private final UnitService units;

	private final UnitHistory history;

	private final LedgerReader reader;

	private final LedgerImportPlanner planner;

	private final JobService jobs;

	private final JsonMapper json;

	private final MessageSource messages;

	private final TransactionTemplate readOnly;

	@PersistenceContext
	private @Nullable EntityManager em;

	UnitLedgerImporter(UnitService units, UnitHistory history, LedgerReader reader, LedgerImportPlanner planner,
			JobService jobs, JsonMapper json, MessageSource messages, PlatformTransactionManager transactions) {
		this.units = units;
		this.history = history;
		this.reader = reader;
		this.planner = planner;
		this.jobs = jobs;
		this.json = json;
		this.messages = messages;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/** What a finished import did, kept as the job's result. */
	record Outcome(int created, int updated, int unchanged, List<ImportRowError> errors, int errorCount) {

	}

	// ---------------------------------------------------------------- preview

	/**
	 * Reads and checks an uploaded ledger, works out what it would do, and keeps the file
	 * and its preview as a waiting job of the current user. Writes no unit.
	 * @param fileName the uploaded file's name
	 * @param bytes its content
	 * @return the upload's id
	 * @throws RejectedFile when the file as a whole cannot be used
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
	public UUID upload(String fileName, byte[] bytes) {
		LedgerReader.Sheet sheet = this.reader.read(bytes);
		ImportPreview preview = this.readOnly.execute((status) -> {
			status.setRollbackOnly();
			Plan plan = this.planner.plan(sheet);
			int create = 0;
			int update = 0;
			int same = 0;
			for (Planned p : plan.rows()) {
				if (!p.valid()) {
					continue;
				}
				if (p.unitId() == null) {
					create++;
				}
				else if (this.units.apply(Objects.requireNonNull(plan.matched().get(p.unitId())), p.form(),
						ChangeSource.IMPORT, false) > 0) {
					update++;
				}
				else {
					same++;
				}
			}
			return new ImportPreview("", fileName, plan.rows().size(), create, update, same, plan.errors().shown(),
					plan.errors().count(), plan.errors().invalidRows());
		});
		return this.jobs.create(KIND, fileName, bytes, this.json.writeValueAsBytes(Objects.requireNonNull(preview)));
	}

	/**
	 * The preview of an upload of the current user that waits to be confirmed.
	 * @param id the upload
	 * @return the preview; empty when there is no such upload of theirs, or it has been
	 * started
	 */
	Optional<ImportPreview> preview(UUID id) {
		return this.jobs.find(KIND, id)
			.filter((job) -> job.state() == JobState.WAITING)
			.flatMap((job) -> this.jobs.result(KIND, id))
			.map((bytes) -> this.json.readValue(bytes, ImportPreview.class).withToken(id.toString()));
	}

	// ---------------------------------------------------------------- commit

	/**
	 * Starts writing a previewed ledger (or one a restart interrupted) in the background,
	 * as the current user. The job reads and checks the file again first: if anything is
	 * invalid now, nothing is written.
	 * @param id the upload
	 * @return whether this call started it
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
	public boolean start(UUID id) {
		return this.jobs.start(KIND, id, this::write);
	}

	void await(UUID id, Duration wait) {
		this.jobs.await(id, wait);
	}

	/**
	 * The progress of an import of the current user that has been started.
	 * @param id the import
	 * @return the progress, or empty when there is no such import of theirs
	 */
	Optional<ImportProgress> progress(UUID id) {
		Optional<JobView> found = this.jobs.find(KIND, id).filter((job) -> job.state() != JobState.WAITING);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		JobView job = found.get();
		Outcome outcome = job.state().finished()
				? this.jobs.result(KIND, id).map((bytes) -> this.json.readValue(bytes, Outcome.class)).orElse(null)
				: null;
		boolean succeeded = job.state() == JobState.SUCCEEDED && outcome != null;
		String failure = (job.state() == JobState.FAILED)
				? message(Objects.requireNonNullElse(job.errorCode(), "job.failed")) : null;
		return Optional.of(new ImportProgress(id.toString(), job.total(), job.done(), job.state().finished(), succeeded,
				succeeded ? outcome.created() : 0, succeeded ? outcome.updated() : 0,
				succeeded ? outcome.unchanged() : 0, outcome == null ? List.of() : outcome.errors(),
				outcome == null ? 0 : outcome.errorCount(), failure, job.interrupted()));
	}

	/**
	 * The job's work: runs inside the job's transaction, on a job thread, as the user.
	 */
	private byte[] write(JobContext context) {
		try {
			Plan plan = this.planner.plan(this.reader.read(context.input()));
			if (!plan.errors().isEmpty()) {
				throw new JobFailure("unit.import.failed.invalid", this.json
					.writeValueAsBytes(new Outcome(0, 0, 0, plan.errors().shown(), plan.errors().count())));
			}
			int[] counts = writeRows(plan.rows(), context);
			log.info("ledger import {}: {} created, {} updated, {} unchanged", context.id(), counts[0], counts[1],
					counts[2]);
			return this.json.writeValueAsBytes(new Outcome(counts[0], counts[1], counts[2], List.of(), 0));
		}
		catch (JobFailure ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			log.warn("ledger import {} failed, nothing written", context.id(), ex);
			throw new JobFailure("unit.import.failed", null);
		}
	}

	/**
	 * Writes the rows in chunks, reporting progress; returns created, updated, unchanged.
	 */
	private int[] writeRows(List<Planned> rows, JobContext context) {
		EntityManager em = Objects.requireNonNull(this.em);
		int[] counts = new int[3];
		em.clear();
		context.progress(0, rows.size());
		for (int from = 0; from < rows.size(); from += CHUNK) {
			List<Planned> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
			Map<Long, ResidentUnit> loaded = load(em, chunk);
			for (Planned p : chunk) {
				if (p.unitId() == null) {
					ResidentUnit u = new ResidentUnit();
					this.units.apply(u, p.form(), ChangeSource.IMPORT, false);
					em.persist(u);
					this.history.record(Objects.requireNonNull(u.getId()), ChangeSource.IMPORT, "created", null,
							u.getName());
					this.units.ensurePartyOrganisation(u);
					counts[0]++;
					continue;
				}
				ResidentUnit u = loaded.get(p.unitId());
				if (u == null) {
					throw new IllegalStateException("unit " + p.unitId() + " vanished");
				}
				if (this.units.apply(u, p.form(), ChangeSource.IMPORT, true) > 0) {
					this.units.ensurePartyOrganisation(u);
					counts[1]++;
				}
				else {
					counts[2]++;
				}
			}
			em.flush();
			em.clear();
			context.progress(from + chunk.size(), rows.size());
		}
		return counts;
	}

	private Map<Long, ResidentUnit> load(EntityManager em, List<Planned> chunk) {
		Set<Long> ids = new HashSet<>();
		chunk.forEach((p) -> {
			if (p.unitId() != null) {
				ids.add(p.unitId());
			}
		});
		Map<Long, ResidentUnit> loaded = new HashMap<>();
		if (!ids.isEmpty()) {
			em.createQuery("select u from ResidentUnit u where u.id in :ids", ResidentUnit.class)
				.setParameter("ids", ids)
				.getResultList()
				.forEach((u) -> loaded.put(u.getId(), u));
			this.units.readCoordination(loaded.values());
		}
		return loaded;
	}

	private String message(String code, Object... args) {
		return this.messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}

	/**
	 * The message of a rejected file, in the current user's language.
	 * @param ex the rejection
	 * @return the message
	 */
	String message(RejectedFile ex) {
		return message(ex.code, ex.args);
	}

}
