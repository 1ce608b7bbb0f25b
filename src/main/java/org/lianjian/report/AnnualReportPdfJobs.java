package org.lianjian.report;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import org.jspecify.annotations.Nullable;
import org.lianjian.account.ScopeService;
import org.lianjian.report.AnnualReportService.AnnualReportPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Generates annual-report PDFs in the background, so that the page can show progress
 * while a large report is laid out. A job runs as the user who started it (same scope as
 * the page) and only that user can see it or download its file: for anybody else it does
 * not exist.
 *
 * <p>
 * Jobs live in memory: a finished job's file is kept for {@link #KEEP} (the download link
 * works that long), a user has at most {@link #PER_USER} jobs, and starting the same year
 * and version again while one is running returns the running one.
 */
@Component
class AnnualReportPdfJobs {

	private static final Logger log = LoggerFactory.getLogger(AnnualReportPdfJobs.class);

	/** How long a job and its file are kept after it started. */
	static final Duration KEEP = Duration.ofMinutes(30);

	/** Jobs kept per user; the oldest goes first. */
	static final int PER_USER = 5;

	private final AnnualReportService reports;

	private final AnnualReportPdf pdf;

	private final ScopeService scopes;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	private final Map<String, Job> jobs = new ConcurrentHashMap<>();

	private final ExecutorService executor = Executors.newFixedThreadPool(2, (r) -> {
		Thread t = new Thread(r, "annual-report-pdf");
		t.setDaemon(true);
		return t;
	});

	AnnualReportPdfJobs(AnnualReportService reports, AnnualReportPdf pdf, ScopeService scopes, Clock clock) {
		this.reports = reports;
		this.pdf = pdf;
		this.scopes = scopes;
		this.clock = clock;
	}

	@PreDestroy
	void stop() {
		this.executor.shutdownNow();
	}

	/**
	 * What the page shows of a job.
	 *
	 * @param id the job's id (random, unguessable)
	 * @param year the report year
	 * @param version the snapshot version, or null for live data
	 * @param percent 0–100
	 * @param finished whether it has ended
	 * @param failed whether it ended without a file
	 */
	record PdfJob(String id, int year, @Nullable Integer version, int percent, boolean finished, boolean failed) {

		public boolean ready() {
			return this.finished && !this.failed;
		}

		/** The percentage rounded down to a multiple of five, for the bar's CSS class. */
		public int step() {
			return this.percent / 5 * 5;
		}

	}

	/**
	 * Starts a job as the current user, in the current language.
	 * @param year the year
	 * @param version the snapshot version, or null
	 * @param live live data even when the year has been finalised
	 * @return the job as it stands
	 */
	PdfJob start(int year, @Nullable Integer version, boolean live) {
		String owner = owner();
		forgetOld(owner);
		for (Job job : this.jobs.values()) {
			if (job.owner.equals(owner) && job.year == year && java.util.Objects.equals(job.version, version)
					&& job.live == live && job.finished.getCount() > 0) {
				return job.view();
			}
		}
		Job job = new Job(newId(), owner, year, version, live, this.clock.instant());
		this.jobs.put(job.id, job);
		Locale locale = LocaleContextHolder.getLocale();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
		Runnable work = () -> {
			LocaleContextHolder.setLocale(locale);
			try {
				job.percent = 5;
				AnnualReportPage page = this.reports.page(year, version, live);
				job.percent = 20;
				job.file = this.pdf.render(page.report(), page.version(), locale,
						(p) -> job.percent = Math.max(20, 20 + p * 4 / 5));
				job.percent = 100;
			}
			catch (RuntimeException ex) {
				log.warn("Annual report PDF {} for {} failed", year, owner, ex);
				job.failed = true;
			}
			finally {
				job.finished.countDown();
				LocaleContextHolder.resetLocaleContext();
			}
		};
		this.executor.execute(new DelegatingSecurityContextRunnable(work, context));
		return job.view();
	}

	/**
	 * Waits a little, so that a quick job is done by the time its answer is shown.
	 * @param id the job
	 * @param wait how long to wait at most
	 */
	void await(String id, Duration wait) {
		Job job = this.jobs.get(id);
		if (job != null) {
			try {
				job.finished.await(wait.toMillis(), TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/**
	 * A job of the current user.
	 * @param id the job
	 * @return the job, or empty when there is no such job of theirs
	 */
	Optional<PdfJob> find(String id) {
		return own(id).map(Job::view);
	}

	/**
	 * The file of a finished job of the current user.
	 * @param id the job
	 * @return the PDF, or empty when there is no such finished job of theirs
	 */
	Optional<byte[]> file(String id) {
		return own(id).map((job) -> job.file);
	}

	private Optional<Job> own(String id) {
		Job job = this.jobs.get(id);
		if (job == null || !job.owner.equals(owner())) {
			return Optional.empty();
		}
		return Optional.of(job);
	}

	private String owner() {
		return this.scopes.currentUser()
			.map((u) -> u.getUsername())
			.orElseThrow(() -> new IllegalStateException("PDF jobs need a signed-in user"));
	}

	private String newId() {
		byte[] bytes = new byte[16];
		this.random.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	private void forgetOld(String owner) {
		Instant cutoff = this.clock.instant().minus(KEEP);
		this.jobs.values().removeIf((job) -> job.started.isBefore(cutoff) && job.finished.getCount() == 0);
		this.jobs.values()
			.stream()
			.filter((job) -> job.owner.equals(owner))
			.sorted((a, b) -> b.started.compareTo(a.started))
			.skip(PER_USER - 1)
			.forEach((job) -> this.jobs.remove(job.id));
	}

	private static final class Job {

		final String id;

		final String owner;

		final int year;

		final @Nullable Integer version;

		final boolean live;

		final Instant started;

		final CountDownLatch finished = new CountDownLatch(1);

		volatile int percent;

		volatile boolean failed;

		volatile byte @Nullable [] file;

		Job(String id, String owner, int year, @Nullable Integer version, boolean live, Instant started) {
			this.id = id;
			this.owner = owner;
			this.year = year;
			this.version = version;
			this.live = live;
			this.started = started;
		}

		PdfJob view() {
			boolean done = this.finished.getCount() == 0;
			return new PdfJob(this.id, this.year, this.version, done ? 100 : this.percent, done, this.failed);
		}

	}

}
