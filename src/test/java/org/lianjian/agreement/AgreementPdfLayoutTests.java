package org.lianjian.agreement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.lianjian.agreement.AgreementPrint.Party;
import org.lianjian.agreement.AgreementPrint.PrintView;
import org.lianjian.agreement.AgreementPrint.Row;
import org.lianjian.agreement.AgreementPrint.Style;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agreement PDF from a hand-built print view, in both layouts: the official-document
 * layout (公文, GB/T 9704) has the issuing body, the document number and the title in that
 * order, numbered headings, the type area's margins and its page numbers ("— 1 —", odd
 * ones on the right, even ones on the left); both keep every character of the names.
 */
class AgreementPdfLayoutTests {

	static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

	static final String ISSUER = "中共曲阳路街道工作委员会";

	static final String UNIT = "上海曲阳镕赟瑄翀堃喆𠮷新能源科技有限公司";

	private static AgreementPdf renderer() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return new AgreementPdf(messages);
	}

	static PrintView view(int commitments) {
		List<Row> rows = new ArrayList<>();
		for (int i = 1; i <= commitments; i++) {
			rows.add(new Row(i, "每年联合开展党课及主题党日活动，第" + i + "项", UNIT, "党建", "4 场/年"));
		}
		return new PrintView(7L, "QY-2026-017", "曲阳街道与" + UNIT + "共建协议", ISSUER, "街道级", "生效中", true,
				List.of(new Party("甲方", "社区方", ISSUER, null, null), new Party("乙方", "单位方", UNIT, null, "综合党委")),
				"2026年1月1日 至 2028年12月31日", "2026年1月5日", "党建、科普", "双方本着资源共享、优势互补的原则开展共建。\n每年召开联席会议。", rows);
	}

	private static float mm(float millimetres) {
		return millimetres * 72f / 25.4f;
	}

	@Test
	void shouldLayOutTheOfficialDocument() throws IOException {
		byte[] pdf = renderer().render(view(12), Style.GONGWEN, ZH);
		Files.createDirectories(Path.of("target"));
		Files.write(Path.of("target", "agreement-layout-gongwen.pdf"), pdf);

		try (PDDocument doc = Loader.loadPDF(pdf)) {
			assertThat(doc.getNumberOfPages()).isGreaterThan(1);
			List<String> lines = new PDFTextStripper().getText(doc)
				.lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty())
				.toList();
			// the long title wraps onto a second line
			assertThat(lines.subList(0, 4)).containsExactly(ISSUER, "共建协议　QY-2026-017", "曲阳街道与上海曲阳镕赟瑄翀堃喆𠮷新能源科",
					"技有限公司共建协议");
			assertThat(lines).contains("一、协议双方", "二、协议期限与合作领域", "三、协议内容摘要", "四、承诺事项", "五、签署", "— 1 —", "— 2 —");

			List<List<TextPosition>> first = lines(doc, 1);
			// the issuing body about 35 mm under the top of the type area (37 mm from the
			// page's top), in the display face
			TextPosition issuer = first.stream()
				.flatMap(List::stream)
				.filter((glyph) -> !glyph.getUnicode().isBlank())
				.findFirst()
				.orElseThrow();
			float top = issuer.getYDirAdj() - 0.88f * issuer.getFontSizeInPt();
			assertThat(top).isCloseTo(mm(37 + 35), Offset.offset(mm(1)));
			assertThat(issuer.getFont().getName()).endsWith("+LianjianSong-Bold");
			// body lines start 28 mm from the left, indented two characters
			assertThat(first.stream().mapToDouble((line) -> line.get(0).getXDirAdj()).min().orElseThrow())
				.isCloseTo(mm(28), Offset.offset(2.0));
			// odd page numbers one character in from the right edge of the 156 mm type
			// area, even ones one character in from the left
			List<TextPosition> one = pageNumber(doc, 1);
			TextPosition last = one.get(one.size() - 1);
			assertThat(last.getXDirAdj() + last.getWidthDirAdj()).isCloseTo(mm(28 + 156) - 14, Offset.offset(1.5f));
			assertThat(pageNumber(doc, 2).get(0).getXDirAdj()).isCloseTo(mm(28) + 14, Offset.offset(1.5f));
			assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(mm(210), Offset.offset(1f));
		}
	}

	@Test
	void shouldKeepTheStandardLayoutAndPrintEveryCharacterInBoth() throws IOException {
		AgreementPdf renderer = renderer();
		byte[] standard = renderer.render(view(3), Style.STANDARD, ZH);
		byte[] gongwen = renderer.render(view(3), Style.GONGWEN, ZH);
		Files.createDirectories(Path.of("target"));
		Files.write(Path.of("target", "agreement-layout-standard.pdf"), standard);
		System.out.println("agreement PDF of 3 commitments: standard " + standard.length + " bytes, 公文 "
				+ gongwen.length + " bytes");
		try (PDDocument doc = Loader.loadPDF(standard)) {
			String text = new PDFTextStripper().getText(doc);
			assertThat(text).contains("共建协议", "协议编号：QY-2026-017", "曲阳街道与" + UNIT + "共建协议", "第 1 页",
					"乙方（单位方）：" + UNIT + "（大口党委：综合党委）");
		}
		try (PDDocument doc = Loader.loadPDF(gongwen)) {
			String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
			assertThat(text).contains("乙方（单位方）：" + UNIT + "（大口党委：综合党委）", "负责人（签字）", "日期：");
		}
	}

	@Test
	void shouldNumberHeadingsInEnglishToo() throws IOException {
		byte[] pdf = renderer().render(view(1), Style.GONGWEN, Locale.ENGLISH);
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(doc)).contains("1. Parties",
					"Joint-building agreement No. QY-2026-017", "— 1 —");
		}
	}

	/** The glyphs of the page number, the page's last line of text ("— n —"). */
	private static List<TextPosition> pageNumber(PDDocument doc, int page) throws IOException {
		List<List<TextPosition>> lines = lines(doc, page);
		List<TextPosition> line = lines.get(lines.size() - 1);
		assertThat(line.stream().map(TextPosition::getUnicode).reduce("", String::concat))
			.isEqualTo("— " + page + " —");
		return line;
	}

	private static List<List<TextPosition>> lines(PDDocument doc, int page) throws IOException {
		List<List<TextPosition>> lines = new ArrayList<>();
		PDFTextStripper stripper = new PDFTextStripper() {
			@Override
			protected void writeString(String text, List<TextPosition> positions) {
				lines.add(new ArrayList<>(positions));
			}
		};
		stripper.setStartPage(page);
		stripper.setEndPage(page);
		stripper.getText(doc);
		return lines;
	}

}
