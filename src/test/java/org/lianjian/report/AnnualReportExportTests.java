package org.lianjian.report;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.lianjian.report.AnnualReport.Cell;
import org.lianjian.report.AnnualReport.Figure;
import org.lianjian.report.AnnualReport.Section;
import org.lianjian.report.AnnualReport.Table;
import org.lianjian.support.RouteRoleMatrix;
import org.lianjian.support.Users;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The annual report's downloads on the demo data: the PDF's text and the workbook's cells
 * carry the figures the report service computes for the same user; the background PDF job
 * can be started, polled and downloaded by its owner only; and who may call what.
 */
@WebIntegrationTest
class AnnualReportExportTests {

	static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

	static final int YEAR = LocalDate.now().getYear();

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	AnnualReportService reports;

	@Autowired
	MessageSource messages;

	@Autowired
	AnnualReportPdf pdfRenderer;

	/** The report as the service builds it for a user, outside any request. */
	private <T> T as(String username, Supplier<T> work) {
		UserDetails user = this.userDetails.loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private String msg(String key) {
		return this.messages.getMessage(key, null, key, ZH);
	}

	private static String squeezed(String text) {
		return text.replaceAll("\\s+", "");
	}

	private String label(Cell cell) {
		if (cell.number() != null) {
			return AnnualReportPdf.plain(cell.number());
		}
		return (cell.text() != null) ? cell.text() : msg(cell.messageKey());
	}

	/** Every figure and table row of a report, as one run of text without white space. */
	private List<String> expectedRuns(AnnualReport report) {
		List<String> runs = new java.util.ArrayList<>();
		for (Section section : report.sections()) {
			for (Figure f : section.figures()) {
				runs.add(squeezed(msg(f.labelKey())) + AnnualReportPdf.plain(f.value()));
			}
			for (Table table : section.tables()) {
				for (List<Cell> row : table.rows()) {
					StringBuilder line = new StringBuilder();
					row.forEach((c) -> line.append(label(c)));
					runs.add(squeezed(line.toString()));
				}
			}
		}
		return runs;
	}

	@Test
	void shouldShowTheSameFiguresOnThePageInThePdfAndInTheWorkbook() throws Exception {
		for (String who : List.of("admin", "secretary", "liaison")) {
			AnnualReport report = as(who, () -> this.reports.page(YEAR, null, true).report());
			String html = this.mvc
				.perform(get("/reports/annual/" + YEAR).param("version", "live").locale(ZH).with(this.users.as(who)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			String pageText = squeezed(HtmlUtils.htmlUnescape(html.replaceAll("<[^>]+>", "")));
			for (String run : expectedRuns(report)) {
				assertThat(pageText).as(who + " page").contains(run);
			}
			long start = System.nanoTime();
			byte[] pdf = this.mvc
				.perform(get("/reports/annual/" + YEAR + ".pdf").param("version", "live")
					.locale(ZH)
					.with(this.users.as(who)))
				.andExpect(status().isOk())
				.andExpect(content().contentType(MediaType.APPLICATION_PDF))
				.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".pdf")))
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			long millis = (System.nanoTime() - start) / 1_000_000;
			java.nio.file.Files.write(java.nio.file.Path.of("target", "annual-report-demo-" + who + ".pdf"), pdf);
			try (PDDocument doc = Loader.loadPDF(pdf)) {
				System.out.println("annual report PDF of the demo data for " + who + ": " + doc.getNumberOfPages()
						+ " pages, " + pdf.length + " bytes, " + millis + " ms (request incl. queries)");
				String flat = squeezed(new PDFTextStripper().getText(doc));
				assertThat(flat).contains(YEAR + "年度区域化党建工作报告", "实时数据（未定稿）");
				if (report.scope().name() != null) {
					assertThat(flat).contains(squeezed(report.scope().name()));
				}
				int figures = 0;
				for (Section section : report.sections()) {
					for (Figure f : section.figures()) {
						String previous = (f.previous() == null) ? "—" : AnnualReportPdf.plain(f.previous());
						assertThat(flat).as(who + " " + f.key())
							.contains(squeezed(msg(f.labelKey())) + AnnualReportPdf.plain(f.value()) + previous
									+ AnnualReportPdf.change(f.change()));
						figures++;
					}
					for (Table table : section.tables()) {
						for (List<Cell> row : table.rows()) {
							StringBuilder line = new StringBuilder();
							row.forEach((c) -> line.append(label(c)));
							assertThat(flat).as(who + " " + table.key()).contains(squeezed(line.toString()));
						}
					}
				}
				assertThat(figures).as("figures in the report").isGreaterThan(5);
			}
			long renderStart = System.nanoTime();
			this.pdfRenderer.render(report, null, ZH);
			System.out.println("annual report PDF of the demo data for " + who + ": render only (warm) "
					+ (System.nanoTime() - renderStart) / 1_000_000 + " ms");

			byte[] xlsx = this.mvc
				.perform(get("/reports/annual/" + YEAR + ".xlsx").param("version", "live")
					.locale(ZH)
					.with(this.users.as(who)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
				int index = 1;
				for (Section section : report.sections()) {
					Sheet sheet = book.getSheetAt(index++);
					List<Double> expected = AnnualReportXlsxTests.numbersOf(section)
						.stream()
						.map(BigDecimal::doubleValue)
						.toList();
					assertThat(AnnualReportXlsxTests.numericCells(sheet)).as(who + " sheet " + section.key())
						.containsExactlyElementsOf(expected);
				}
				assertThat(book.getSheet("各单位数据")).isNotNull();
			}
		}
	}

	private static String jobId(String html) {
		Matcher m = Pattern.compile("/pdf-jobs/([0-9a-f]{32})").matcher(html);
		assertThat(m.find()).as(html).isTrue();
		return m.group(1);
	}

	@Test
	void shouldRunThePdfJobForItsOwnerOnly() throws Exception {
		String html = this.mvc
			.perform(post("/reports/annual/" + YEAR + "/pdf-jobs").param("version", "live")
				.header("HX-Request", "true")
				.with(csrf())
				.with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = jobId(html);
		String base = "/reports/annual/" + YEAR + "/pdf-jobs/" + id;
		// poll as the page does until the download link shows; until then, each answer
		// is the progress bar that polls again
		AtomicReference<String> shown = new AtomicReference<>(html);
		await("the PDF job's download link").atMost(Duration.ofSeconds(30))
			.pollDelay(Duration.ZERO)
			.pollInterval(Duration.ofMillis(250))
			.pollInSameThread()
			.until(() -> {
				if (shown.get().contains("annual-pdf-download")) {
					return true;
				}
				assertThat(shown.get()).contains("hx-trigger=\"every 1s\"", "progress-bar");
				shown.set(this.mvc.perform(get(base).header("HX-Request", "true").with(this.users.as("staff")))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString());
				return shown.get().contains("annual-pdf-download");
			});
		html = shown.get();
		assertThat(html).contains("annual-pdf-download", base + "/file", "PDF 已生成").doesNotContain("hx-trigger");
		byte[] pdf = this.mvc.perform(get(base + "/file").with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(doc)).contains(YEAR + "年度区域化党建工作报告");
		}
		// the job page without htmx
		this.mvc.perform(get(base).with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("annual-pdf-download")));
		// nobody else sees it, not even an admin; nor under another year
		for (String other : List.of("admin", "secretary", "liaison")) {
			this.mvc.perform(get(base).with(this.users.as(other))).andExpect(status().isNotFound());
			this.mvc.perform(get(base + "/file").with(this.users.as(other))).andExpect(status().isNotFound());
		}
		this.mvc.perform(get("/reports/annual/" + (YEAR - 1) + "/pdf-jobs/" + id).with(this.users.as("staff")))
			.andExpect(status().isNotFound());
	}

	@Test
	void shouldRunTheJobInTheStartersScope() throws Exception {
		AnnualReport report = as("liaison", () -> this.reports.page(YEAR, null, true).report());
		String location = this.mvc
			.perform(post("/reports/annual/" + YEAR + "/pdf-jobs").param("version", "live")
				.with(csrf())
				.with(this.users.as("liaison")))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).matches("/reports/annual/" + YEAR + "/pdf-jobs/[0-9a-f]{32}");
		byte[] pdf = await("the liaison's PDF").atMost(Duration.ofSeconds(30))
			.pollDelay(Duration.ZERO)
			.pollInterval(Duration.ofMillis(250))
			.pollInSameThread()
			.until(() -> {
				var response = this.mvc.perform(get(location + "/file").with(this.users.as("liaison")))
					.andReturn()
					.getResponse();
				return (response.getStatus() == 200) ? response.getContentAsByteArray() : null;
			}, Objects::nonNull);
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			assertThat(report.scope().name()).isNotBlank();
			assertThat(squeezed(new PDFTextStripper().getText(doc))).contains(squeezed(report.scope().name()));
		}
	}

	@Test
	void shouldAnswerTheRouteMatrix() throws Exception {
		String y = String.valueOf(YEAR);
		RouteRoleMatrix matrix = new RouteRoleMatrix(this.mvc, this.users);
		String[] everybody = { "admin", "staff", "secretary", "liaison", "liaison2" };
		matrix.route(HttpMethod.GET, "/reports/annual/" + y + ".pdf")
			.param("version", "live")
			.anonymous(RouteRoleMatrix.LOGIN)
			.expect(200, everybody);
		matrix.route(HttpMethod.GET, "/reports/annual/" + y + ".xlsx")
			.param("version", "live")
			.anonymous(RouteRoleMatrix.LOGIN)
			.expect(200, everybody);
		matrix.route(HttpMethod.POST, "/reports/annual/" + y + "/pdf-jobs")
			.param("version", "live")
			.anonymous(RouteRoleMatrix.LOGIN)
			.expect(302, everybody);
		matrix.route(HttpMethod.GET, "/reports/annual/" + y + "/pdf-jobs/0123456789abcdef0123456789abcdef")
			.anonymous(RouteRoleMatrix.LOGIN)
			.expect(404, everybody);
		matrix.route(HttpMethod.GET, "/reports/annual/" + y + "/pdf-jobs/0123456789abcdef0123456789abcdef/file")
			.anonymous(RouteRoleMatrix.LOGIN)
			.expect(404, everybody);
		matrix.route(HttpMethod.GET, "/reports/annual/1999.pdf").expect(404, "admin", "liaison");
		matrix.route(HttpMethod.GET, "/reports/annual/abc.pdf").expect(404, "admin");
		matrix.route(HttpMethod.GET, "/reports/annual/" + y + ".pdf").param("version", "x1").expect(404, "admin");
		matrix.route(HttpMethod.POST, "/reports/annual/1999/pdf-jobs").expect(404, "admin");
		// snapshots are of the whole sub-district: no version for scoped readers
		matrix.route(HttpMethod.GET, "/reports/annual/" + y + ".pdf")
			.param("version", "1")
			.expect(404, "secretary", "liaison");
		matrix.route(HttpMethod.GET, "/reports/annual/" + y + ".xlsx")
			.param("version", "99999")
			.expect(404, "admin", "liaison");
		matrix.verify();
	}

}
