package org.lianjian.browser;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.lianjian.account.PortalUser;
import org.lianjian.support.WebIntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin reads this year's annual report in the browser (three parts, charts drawn),
 * downloads the PDF through its background job and the Excel file, and finalises the
 * year; a liaison then sees their own unit's year and no other unit. Self-sufficient: it
 * does not need the evaluation round that {@link EvaluationBrowserTests} closes.
 */
@WebIntegrationTest
class AnnualReportBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void adminDownloadsAndFinalisesAndLiaisonSeesTheirUnitsYear() throws Exception {
		String base = "http://localhost:" + this.port;
		int year = LocalDate.now().getYear();
		int nextVersion = this.jdbc.queryForObject(
				"select coalesce(max(version_no), 0) + 1 from annual_report_snapshot where year = ?", Integer.class,
				year);

		try (Browser desk = Browser.open(base, 1280)) {
			desk.login("admin", "lianjian-demo");
			desk.go("/reports/annual/" + year);
			desk.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("part-3")));
			String page = desk.text();
			assertThat(page).contains(year + " 年度区域化党建报告", "一、做法与成效", "二、问题与原因", "三、对策与思考", "范围：全街道");
			int charts = desk.driver.findElements(By.cssSelector("[data-chart]")).size();
			assertThat(charts).as("the issue's four charts").isGreaterThanOrEqualTo(4);
			// ECharts drew every chart on a canvas
			desk.wait.until((d) -> d.findElements(By.cssSelector("[data-chart] canvas")).size() == charts);

			// PDF: a background job, polled by htmx, ends with a download link
			desk.click(By.id("annual-pdf-button"));
			desk.wait.withTimeout(Browser.PATIENCE.multipliedBy(2))
				.until(ExpectedConditions.presenceOfElementLocated(By.id("annual-pdf-download")));
			String pdfUrl = desk.attribute(By.id("annual-pdf-download"), "href");
			HttpResponse<byte[]> pdf = fetch(desk, pdfUrl);
			assertThat(pdf.statusCode()).isEqualTo(200);
			assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
			try (PDDocument doc = Loader.loadPDF(pdf.body())) {
				assertThat(doc.getNumberOfPages()).isGreaterThan(2);
				String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
				assertThat(text).contains(year + "年度区域化党建工作报告", "做法与成效", "问题与原因", "对策与思考");
			}

			// Excel: opens, one sheet per section plus the unit sheet
			String xlsxUrl = desk.attribute(By.id("annual-xlsx-link"), "href");
			HttpResponse<byte[]> xlsx = fetch(desk, xlsxUrl);
			assertThat(xlsx.statusCode()).isEqualTo(200);
			try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
				assertThat(book.getNumberOfSheets()).isGreaterThan(3);
				int rows = 0;
				for (Sheet sheet : book) {
					rows += sheet.getPhysicalNumberOfRows();
				}
				assertThat(rows).isGreaterThan(book.getNumberOfSheets());
			}

			// finalise: the page then shows the new version
			((JavascriptExecutor) desk.driver).executeScript("window.confirm = function () { return true; };");
			desk.click(By.cssSelector("form[action$='/reports/annual/" + year + "/finalise'] button"));
			desk.wait.until(ExpectedConditions.urlContains("version=" + nextVersion));
			assertThat(desk.text()).contains("已定稿，保存为新版本", "正在查看第 " + nextVersion + " 版定稿报告");
		}
		assertThat(this.jdbc.queryForObject("select count(*) from annual_report_snapshot where year = ?", Integer.class,
				year))
			.isEqualTo(nextVersion);

		Long unit = ((PortalUser) this.users.loadUserByUsername("liaison")).getScopeUnitId();
		Long otherUnit = ((PortalUser) this.users.loadUserByUsername("liaison2")).getScopeUnitId();
		assertThat(unit).isNotNull().isNotEqualTo(otherUnit);
		String name = this.jdbc.queryForObject("select name from resident_unit where id = ?", String.class, unit);
		String otherName = this.jdbc.queryForObject("select name from resident_unit where id = ?", String.class,
				otherUnit);
		try (Browser phone = Browser.open(base, 375)) {
			phone.login("liaison", "lianjian-demo");
			phone.go("/reports/annual/" + year);
			phone.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("part-1")));
			String page = phone.text();
			assertThat(page).contains(year + " 年度区域化党建报告", "范围：" + name + "（本单位的一年）");
			assertThat(page).doesNotContain(otherName).doesNotContain("范围：全街道");
			// a liaison has no finalise button
			assertThat(phone.driver.findElements(By.cssSelector("form[action$='/finalise']"))).isEmpty();
		}
	}

	private static HttpResponse<byte[]> fetch(Browser browser, String url) throws Exception {
		String cookies = browser.driver.manage()
			.getCookies()
			.stream()
			.map((Cookie c) -> c.getName() + "=" + c.getValue())
			.collect(Collectors.joining("; "));
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
		HttpRequest request = HttpRequest.newBuilder(URI.create(url))
			.header("Cookie", cookies)
			.timeout(Duration.ofSeconds(60))
			.GET()
			.build();
		return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
	}

}
