package org.lianjian.report;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.lianjian.report.AnnualReportPdfJobs.PdfJob;
import org.lianjian.report.AnnualReportService.AnnualReportPage;
import org.lianjian.shared.web.Crumb;
import org.lianjian.shared.web.ListExports;
import org.lianjian.shared.web.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The annual report's downloads, in the same scope as the report page (the service
 * enforces it):
 * <ul>
 * <li>{@code GET /reports/annual/{year}.pdf} and {@code .xlsx}, optionally
 * {@code ?version=N}: the file, generated while the request waits (for scripts and
 * links);</li>
 * <li>{@code POST /reports/annual/{year}/pdf-jobs}: what the page's PDF button does. It
 * starts the PDF in the background and waits up to a second: a quick report answers with
 * the download link at once, a slow one with a progress bar that htmx polls ({@code GET
 * .../pdf-jobs/{id}}) until the link ({@code GET .../pdf-jobs/{id}/file}) appears.</li>
 * </ul>
 * A job belongs to the user who started it; for anybody else it answers 404.
 */
@Controller
@RequestMapping("/reports/annual")
class AnnualReportExportController {

	static final String FRAGMENTS = "report/export-fragments";

	static final String VIEW_JOB = "report/pdf-job";

	/** How long the button's request waits before it shows progress instead. */
	static final Duration WAIT = Duration.ofSeconds(1);

	private final AnnualReportService reports;

	private final AnnualReportPdf pdf;

	private final AnnualReportXlsx xlsx;

	private final AnnualReportPdfJobs jobs;

	private final MessageSource messages;

	AnnualReportExportController(AnnualReportService reports, AnnualReportPdf pdf, AnnualReportXlsx xlsx,
			AnnualReportPdfJobs jobs, MessageSource messages) {
		this.reports = reports;
		this.pdf = pdf;
		this.xlsx = xlsx;
		this.jobs = jobs;
		this.messages = messages;
	}

	@GetMapping("/{year}.pdf")
	ResponseEntity<byte[]> downloadPdf(@PathVariable int year, @RequestParam(required = false) @Nullable String version,
			Locale locale) {
		Edition edition = Edition.parse(year, version);
		AnnualReportPage page = this.reports.page(year, edition.version(), edition.live());
		return pdfResponse(this.pdf.render(page.report(), page.version(), locale), year, locale);
	}

	@GetMapping("/{year}.xlsx")
	ResponseEntity<byte[]> downloadXlsx(@PathVariable int year,
			@RequestParam(required = false) @Nullable String version, Locale locale) {
		Edition edition = Edition.parse(year, version);
		AnnualReportPage page = this.reports.page(year, edition.version(), edition.live());
		return ListExports.xlsx(this.xlsx.render(page.report(), page.version(), locale),
				msg("report.export.file.xlsx", locale, String.valueOf(year)));
	}

	@PostMapping("/{year}/pdf-jobs")
	String startPdfJob(@PathVariable int year, @RequestParam(required = false) @Nullable String version,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		if (!this.reports.isValidYear(year)) {
			throw new NotFoundException("annual report " + year);
		}
		Edition edition = Edition.parse(year, version);
		PdfJob job = this.jobs.start(year, edition.version(), edition.live());
		this.jobs.await(job.id(), WAIT);
		job = this.jobs.find(job.id()).orElse(job);
		if (htmx == null) {
			return "redirect:/reports/annual/" + year + "/pdf-jobs/" + job.id();
		}
		model.addAttribute("job", job);
		return FRAGMENTS + " :: job";
	}

	@GetMapping("/{year}/pdf-jobs/{id}")
	String showPdfJob(@PathVariable int year, @PathVariable String id,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model, Locale locale) {
		PdfJob job = job(year, id);
		model.addAttribute("job", job);
		if (htmx != null) {
			return FRAGMENTS + " :: job";
		}
		model.addAttribute("breadcrumbs",
				Crumb.trail(
						Crumb.text(msg("report.export.title", locale, String.valueOf(year)), "/reports/annual/" + year),
						Crumb.key("report.export.job.title", null)));
		return VIEW_JOB;
	}

	@GetMapping("/{year}/pdf-jobs/{id}/file")
	ResponseEntity<byte[]> downloadPdfJob(@PathVariable int year, @PathVariable String id, Locale locale) {
		job(year, id);
		byte[] file = this.jobs.file(id).orElseThrow(() -> new NotFoundException("PDF job file " + id));
		return pdfResponse(file, year, locale);
	}

	private PdfJob job(int year, String id) {
		return this.jobs.find(id)
			.filter((job) -> job.year() == year)
			.orElseThrow(() -> new NotFoundException("PDF job " + id));
	}

	private ResponseEntity<byte[]> pdfResponse(byte[] bytes, int year, Locale locale) {
		String name = msg("report.export.file.pdf", locale, String.valueOf(year));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(bytes);
	}

	/**
	 * Which report a download is of, from {@code ?version=} as the page has it: a number
	 * for that finalised version, {@code live} for live data, nothing for the page's
	 * default (the latest finalised version, else live data).
	 *
	 * @param version the version number, or null
	 * @param live whether live data was asked for
	 */
	record Edition(@Nullable Integer version, boolean live) {

		static Edition parse(int year, @Nullable String version) {
			if (version == null || version.isBlank()) {
				return new Edition(null, false);
			}
			if ("live".equals(version)) {
				return new Edition(null, true);
			}
			if (!version.matches("\\d{1,6}")) {
				throw new NotFoundException("annual report " + year + " version " + version);
			}
			return new Edition(Integer.valueOf(version), false);
		}

	}

	private String msg(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, key, locale);
	}

}
