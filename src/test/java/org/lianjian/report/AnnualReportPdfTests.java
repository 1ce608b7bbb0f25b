package org.lianjian.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lianjian.report.AnnualReport.Cell;
import org.lianjian.report.AnnualReport.Figure;
import org.lianjian.report.AnnualReport.Section;
import org.lianjian.report.AnnualReport.Table;

import org.lianjian.shared.time.TimeConfiguration;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The annual report's PDF from a hand-built report: every figure and table number is in
 * the text, the CJK font is embedded (no system font), pages are numbered, and the table
 * of contents points at the pages where the sections really are.
 */
class AnnualReportPdfTests {

	static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

	static final ZoneId ZONE = ZoneId.of(TimeConfiguration.DEFAULT_ZONE);

	static final String ISSUER = "中共曲阳路街道工作委员会";

	static MessageSource messages;

	static AnnualReport report;

	static byte[] pdf;

	static long millis;

	@BeforeAll
	static void render() throws IOException {
		messages = AnnualReportSamples.messages();
		report = AnnualReportSamples.report(2025);
		AnnualReportPdf renderer = new AnnualReportPdf(messages, () -> ISSUER, ZONE);
		renderer.render(report, null, ZH); // warm up
		long start = System.nanoTime();
		pdf = renderer.render(report, null, ZH);
		millis = (System.nanoTime() - start) / 1_000_000;
		Path out = Path.of("target", "annual-report-sample.pdf");
		Files.createDirectories(out.getParent());
		Files.write(out, pdf);
	}

	private static String text(PDDocument doc, int from, int to) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setStartPage(from);
		stripper.setEndPage(to);
		return stripper.getText(doc);
	}

	/** The text with all white space removed (table cells and wrapped lines). */
	private static String squeezed(String text) {
		return text.replaceAll("\\s+", "");
	}

	@Test
	void shouldContainEveryFigureAndTableNumber() throws IOException {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			String all = text(doc, 1, doc.getNumberOfPages());
			String flat = squeezed(all);
			assertThat(flat).contains("2025年度区域化党建工作报告", "全街道", "实时数据（未定稿）", "2025年12月31日");
			for (Section section : report.sections()) {
				for (Figure f : section.figures()) {
					String label = messages.getMessage(f.labelKey(), null, ZH);
					String value = AnnualReportPdf.plain(f.value());
					String previous = (f.previous() == null) ? "—" : AnnualReportPdf.plain(f.previous());
					// the figure's row: label, this year, last year, change
					assertThat(flat).as(f.key())
						.contains(squeezed(label) + value + previous + AnnualReportPdf.change(f.change()));
				}
				for (Table table : section.tables()) {
					for (List<Cell> row : table.rows()) {
						StringBuilder line = new StringBuilder();
						for (Cell cell : row) {
							line.append((cell.number() != null) ? AnnualReportPdf.plain(cell.number())
									: (cell.text() != null) ? cell.text()
											: messages.getMessage(cell.messageKey(), null, ZH));
						}
						assertThat(flat).as(table.key()).contains(squeezed(line.toString()));
					}
				}
			}
			assertThat(flat).contains("+16", "87.35", "91.2", "-3.85", "490.3", "•建议续签或终止45份沉睡协议。",
					"加强对志愿服务时长较少单位的联络。");
		}
	}

	@Test
	void shouldNameTheIssuingBodyAndTheDateOnTheCover() throws IOException {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			List<String> lines = text(doc, 1, 1).lines().map(String::strip).toList();
			assertThat(lines).contains(ISSUER, "2025年度区域化党建工作报告", "全街道", "2025年12月31日");
			assertThat(lines.indexOf(ISSUER)).isLessThan(lines.indexOf("2025年度区域化党建工作报告"));
		}
	}

	/**
	 * Names outside GB 2312 (one astral) and characters only the fallback fonts have
	 * print exactly in the cover's scope, a table, a chart and the part-3 text.
	 */
	@Test
	void shouldPrintEveryCharacterOfNamesAndThePart3Text() throws IOException {
		String unit = "上海曲阳镕赟新能源科技有限公司" + "瑄翀堃喆𠮷" + "\u3400" + new String(Character.toChars(0x2A6D6));
		List<Section> sections = new ArrayList<>(report.sections());
		sections.add(new Section("rare", 1, "t.hours", List.of(),
				List.of(new Table("rare", "tb.hours", List.of("c.unit", "c.hours", "c.people"),
						List.of(List.of(Cell.text(unit), Cell.number(12), Cell.number(3))))),
				List.of(new AnnualReport.Chart("chart.rare", "ch.hours", "HBAR", List.of(Cell.text("镕赟𠮷")),
						List.of(new AnnualReport.Series("s.hours", List.of(BigDecimal.TEN))))),
				List.of()));
		AnnualReport rare = new AnnualReport(2025, new AnnualReport.Scope("ORGANISATION", 7L, "喆堃居民区党总支"), sections,
				"走访" + unit + "。", report.generatedAt());

		byte[] bytes = new AnnualReportPdf(messages, () -> ISSUER, ZONE).render(rare, null, ZH);
		try (PDDocument doc = Loader.loadPDF(bytes)) {
			String flat = squeezed(text(doc, 1, doc.getNumberOfPages()));
			assertThat(flat).contains("喆堃居民区党总支", unit + "123", "镕赟𠮷", "走访" + unit + "。");
			assertThat(flat).doesNotContain("\uFFFD");
		}
	}

	@Test
	void shouldEmbedTheCjkFontEverywhereAndNoStandardFont() throws IOException {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			List<PDFont> fonts = new ArrayList<>();
			for (PDPage page : doc.getPages()) {
				collectFonts(page.getResources(), fonts, new HashSet<>());
			}
			assertThat(fonts).isNotEmpty();
			for (PDFont font : fonts) {
				assertThat(font.isStandard14()).as(font.getName()).isFalse();
				assertThat(font.isEmbedded()).as(font.getName()).isTrue();
				assertThat(font).isInstanceOf(PDType0Font.class);
				assertThat(font.getName()).matches("[A-Z]{6}\\+Lianjian(Kai-Regular|Song-Bold)");
			}
		}
	}

	private static void collectFonts(PDResources resources, List<PDFont> fonts, Set<COSName> seen) throws IOException {
		if (resources == null) {
			return;
		}
		for (COSName name : resources.getFontNames()) {
			fonts.add(resources.getFont(name));
		}
		for (COSName name : resources.getXObjectNames()) {
			PDXObject x = resources.getXObject(name);
			if (x instanceof PDFormXObject form && seen.add(name)) {
				// charts are form XObjects with their own font resources
				collectFonts(form.getResources(), fonts, seen);
			}
		}
	}

	@Test
	void shouldNumberPagesAndListTheSectionsInTheContentsWithTheirPages() throws IOException {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			int pages = doc.getNumberOfPages();
			assertThat(pages).isGreaterThan(5);
			assertThat(doc.getPage(0).getMediaBox().getWidth()).isBetween(594f, 596f);
			assertThat(doc.getPage(0).getMediaBox().getHeight()).isBetween(841f, 843f);
			assertThat(text(doc, 1, 1)).doesNotContain("第 1 页");
			for (int p = 2; p <= pages; p++) {
				assertThat(text(doc, p, p)).contains("第 " + p + " 页");
			}
			String contents = text(doc, 2, 2);
			assertThat(contents).contains("目录", "一、做法与成效", "二、问题与原因", "三、对策与思考", "（二）工作思路与措施");
			int n = 0;
			int part = 0;
			for (Section section : report.sections()) {
				n = (section.part() == part) ? n + 1 : 1;
				part = section.part();
				String title = "（" + AnnualReportPdf.numeral(n, ZH) + "）"
						+ messages.getMessage(section.titleKey(), null, ZH);
				Matcher line = Pattern.compile(Pattern.quote(title) + "[ .]*(\\d+)").matcher(contents);
				assertThat(line.find()).as("contents line of " + title + " in\n" + contents).isTrue();
				int page = Integer.parseInt(line.group(1));
				assertThat(page).isBetween(3, pages);
				assertThat(text(doc, page, page)).as("page " + page).contains(title);
			}
		}
	}

	@Test
	void shouldRepeatTableHeadersOnFollowingPages() throws IOException {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			int first = 0;
			int last = 0;
			for (int p = 3; p <= doc.getNumberOfPages(); p++) {
				String text = text(doc, p, p);
				if (first == 0 && text.contains(AnnualReportSamples.unitName(1))) {
					first = p;
				}
				if (text.contains(AnnualReportSamples.unitName(40))) {
					last = p;
				}
			}
			assertThat(last).isGreaterThan(first).isGreaterThan(0);
			assertThat(text(doc, first, first)).contains("时长（小时）", "志愿者人数");
			assertThat(text(doc, last, last)).contains("时长（小时）", "志愿者人数");
		}
	}

	@Test
	void shouldRenderInEnglishAndWithAVersion() throws IOException {
		byte[] english = new AnnualReportPdf(messages, () -> ISSUER, ZONE).render(report, 3, Locale.ENGLISH);
		try (PDDocument doc = Loader.loadPDF(english)) {
			String text = text(doc, 1, doc.getNumberOfPages());
			assertThat(text.replaceAll("\\s+", " ")).contains("2025 Annual Report on Regional Party Building",
					"Finalised version 3", "Contents", "Page 2", "Problems and causes", "137");
		}
	}

	@Test
	void shouldReportProgressUpToAHundred() {
		List<Integer> seen = new ArrayList<>();
		new AnnualReportPdf(messages, () -> ISSUER, ZONE).render(report, null, ZH, seen::add);
		assertThat(seen).isSorted().contains(100);
		assertThat(seen.get(0)).isLessThan(50);
		assertThat(millis).as("render time of the sample, ms").isPositive();
		System.out.println("annual report sample PDF: " + pdf.length + " bytes in " + millis + " ms");
	}

	@Test
	void shouldScaleAxesToWholeSteps() {
		assertThat(AnnualReportPdf.scale(23)).isEqualTo(new AnnualReportPdf.Scale(25, 5));
		assertThat(AnnualReportPdf.scale(3)).isEqualTo(new AnnualReportPdf.Scale(4, 4));
		assertThat(AnnualReportPdf.scale(0)).isEqualTo(new AnnualReportPdf.Scale(4, 4));
		assertThat(AnnualReportPdf.scale(490.3)).isEqualTo(new AnnualReportPdf.Scale(500, 5));
		assertThat(AnnualReportPdf.numeral(1, ZH)).isEqualTo("一");
		assertThat(AnnualReportPdf.numeral(12, ZH)).isEqualTo("十二");
		assertThat(AnnualReportPdf.numeral(20, ZH)).isEqualTo("二十");
		assertThat(AnnualReportPdf.numeral(3, Locale.ENGLISH)).isEqualTo("3");
		assertThat(AnnualReportPdf.change(new BigDecimal("-2.50"))).isEqualTo("-2.5");
	}

}
