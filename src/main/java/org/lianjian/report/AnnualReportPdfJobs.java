package org.lianjian.report;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.lianjian.job.JobContext;
import org.lianjian.job.JobService;
import org.lianjian.job.JobState;
import org.lianjian.job.JobView;
import org.lianjian.report.AnnualReportService.AnnualReportPage;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Generates annual-report PDFs as background jobs of the job module, so that the page can
 * show progress while a large report is laid out. A job is a row in PostgreSQL: it runs
 * as the user who started it (same scope as the page) and in their language, only that
 * user can see it or download its file (for anybody else it does not exist), and a job
 * cut short by a restart shows as failed and can be started again from the report page.
 *
 * <p>
 * Starting the same year and edition again while a job for it has not ended returns that
 * job. Finished jobs and their files are removed by the job module's housekeeping a day
 * after their last change.
 */
@Component
class AnnualReportPdfJobs {

	/** The job kind. */
	static final String KIND = "annual-report-pdf";

	/** Progress is written when it has moved on by this many percentage points. */
	private static final int PROGRESS_STEP = 5;

	private final AnnualReportService reports;

	private final AnnualReportPdf pdf;

	private final JobService jobs;

	AnnualReportPdfJobs(AnnualReportService reports, AnnualReportPdf pdf, JobService jobs) {
		this.reports = reports;
		this.pdf = pdf;
		this.jobs = jobs;
	}

	/**
	 * What the page shows of a job.
	 *
	 * @param id the job's id (random, unguessable; 32 hexadecimal digits)
	 * @param year the report year
	 * @param version the snapshot version, or null for live data
	 * @param percent 0–100
	 * @param finished whether it has ended
	 * @param failed whether it ended without a file
	 * @param interrupted whether a restart of the portal cut it short
	 * @param live whether it renders live data even when the year has been finalised
	 */
	record PdfJob(String id, int year, @Nullable Integer version, int percent, boolean finished, boolean failed,
			boolean interrupted, boolean live) {

		public boolean ready() {
			return this.finished && !this.failed;
		}

		/** The percentage rounded down to a multiple of five, for the bar's CSS class. */
		public int step() {
			return this.percent / 5 * 5;
		}

	}

	/**
	 * Which report a job renders; stored as the job's input.
	 *
	 * @param year the year
	 * @param version the snapshot version, or null
	 * @param live live data even when the year has been finalised
	 */
	record Request(int year, @Nullable Integer version, boolean live) {

		byte[] bytes() {
			return (this.year + ":" + (this.version == null ? "" : this.version) + ":" + this.live)
				.getBytes(StandardCharsets.US_ASCII);
		}

		static Request parse(byte[] bytes) {
			String[] parts = new String(bytes, StandardCharsets.US_ASCII).split(":", -1);
			if (parts.length != 3) {
				throw new IllegalArgumentException("not an annual report PDF request");
			}
			return new Request(Integer.parseInt(parts[0]), parts[1].isEmpty() ? null : Integer.valueOf(parts[1]),
					Boolean.parseBoolean(parts[2]));
		}

	}

	/**
	 * Starts a job as the current user, in the current language, or finds the one of
	 * theirs for the same report that has not ended yet.
	 * @param year the year
	 * @param version the snapshot version, or null
	 * @param live live data even when the year has been finalised
	 * @return the job as it stands
	 */
	PdfJob start(int year, @Nullable Integer version, boolean live) {
		Request request = new Request(year, version, live);
		byte[] input = request.bytes();
		Optional<JobView> unfinished = this.jobs.unfinished(KIND, input);
		if (unfinished.isPresent()) {
			return view(unfinished.get(), request);
		}
		UUID id = this.jobs.create(KIND, String.valueOf(year), input, null);
		this.jobs.start(KIND, id, this::render);
		return find(id).orElseThrow(() -> new IllegalStateException("PDF job " + id + " is gone"));
	}

	private byte[] render(JobContext context) {
		Request request = Request.parse(context.input());
		Progress progress = new Progress(context);
		progress.report(5);
		AnnualReportPage page = this.reports.page(request.year(), request.version(), request.live());
		progress.report(20);
		return this.pdf.render(page.report(), page.version(), LocaleContextHolder.getLocale(),
				(p) -> progress.report(Math.max(20, 20 + p * 4 / 5)));
	}

	/**
	 * Waits a little, so that a quick job is done by the time its answer is shown.
	 * @param id the job
	 * @param wait how long to wait at most
	 */
	void await(String id, Duration wait) {
		uuid(id).ifPresent((uuid) -> this.jobs.await(uuid, wait));
	}

	/**
	 * A job of the current user.
	 * @param id the job
	 * @return the job, or empty when there is no such job of theirs
	 */
	Optional<PdfJob> find(String id) {
		return uuid(id).flatMap(this::find);
	}

	private Optional<PdfJob> find(UUID id) {
		return this.jobs.find(KIND, id)
			.flatMap((job) -> this.jobs.input(KIND, id).map((input) -> view(job, Request.parse(input))));
	}

	/**
	 * The file of a finished job of the current user.
	 * @param id the job
	 * @return the PDF, or empty when there is no such finished job of theirs
	 */
	Optional<byte[]> file(String id) {
		return uuid(id)
			.filter((uuid) -> this.jobs.find(KIND, uuid).map(JobView::state).orElse(null) == JobState.SUCCEEDED)
			.flatMap((uuid) -> this.jobs.result(KIND, uuid));
	}

	private static PdfJob view(JobView job, Request request) {
		boolean finished = job.state().finished();
		return new PdfJob(hex(job.id()), request.year(), request.version(), job.percent(), finished,
				job.state() == JobState.FAILED, job.interrupted(), request.live());
	}

	/** A job id as the pages write it: 32 hexadecimal digits. */
	static String hex(UUID id) {
		return HexFormat.of().toHexDigits(id.getMostSignificantBits())
				+ HexFormat.of().toHexDigits(id.getLeastSignificantBits());
	}

	/** The job id of 32 hexadecimal digits, or empty when it is not one. */
	static Optional<UUID> uuid(String hex) {
		if (hex.length() != 32) {
			return Optional.empty();
		}
		try {
			return Optional
				.of(new UUID(HexFormat.fromHexDigitsToLong(hex, 0, 16), HexFormat.fromHexDigitsToLong(hex, 16, 32)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/** Writes progress only when it has moved on by {@link #PROGRESS_STEP} points. */
	private static final class Progress {

		private final JobContext context;

		private int written = -1;

		Progress(JobContext context) {
			this.context = context;
		}

		void report(int percent) {
			if (this.written < 0 || percent >= this.written + PROGRESS_STEP || percent == 100) {
				if (percent != this.written) {
					this.written = percent;
					this.context.progress(percent, 100);
				}
			}
		}

	}

}
