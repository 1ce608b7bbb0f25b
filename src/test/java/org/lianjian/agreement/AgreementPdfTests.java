package org.lianjian.agreement;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.lianjian.shared.export.PdfDocuments;
import org.lianjian.structure.StructureRole;
import org.lianjian.structure.StructureService;
import org.lianjian.support.Users;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The printable agreement and its PDF: Chinese text that can be extracted again, the CJK
 * font embedded, and the same scope as the agreement page.
 */
@WebIntegrationTest
class AgreementPdfTests {

	private static final AtomicInteger SEQ = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Autowired
	AgreementService agreements;

	@Autowired
	StructureService structure;

	private static String unique(String base) {
		return base + (System.nanoTime() % 100000) + "-" + SEQ.incrementAndGet();
	}

	/**
	 * A sub-district agreement of the liaison's unit, drafted by the system (staff
	 * scope).
	 */
	private Long subDistrictAgreement(String title) {
		Long core = this.structure.holderOf(StructureRole.CORE).orElseThrow();
		Long unit = this.users.scopeUnitOf("liaison");
		List<CommitmentForm> commitments = new ArrayList<>();
		commitments.add(new CommitmentForm(null, "每年联合开展党课", null, CooperationArea.PARTY_BUILDING, new BigDecimal("4"),
				"场", true, null));
		commitments.add(new CommitmentForm(null, "开放科普教育基地", unit, CooperationArea.SCIENCE, BigDecimal.ONE, "个", false,
				LocalDate.now().plusMonths(6)));
		commitments
			.add(new CommitmentForm(null, "共同维护社区环境整洁", unit, CooperationArea.ENVIRONMENT, null, null, true, null));
		LocalDate start = LocalDate.now().withDayOfYear(1);
		return this.users
			.call("staff", () -> this.agreements.createDraft(new AgreementForm(title, AgreementLevel.SUB_DISTRICT, core,
					new ArrayList<>(List.of(unit)), EnumSet.of(CooperationArea.PARTY_BUILDING, CooperationArea.SCIENCE),
					start, start.plusYears(3).minusDays(1), "双方本着资源共享、优势互补的原则，开展区域化党建共建。\n第二段：每年召开联席会议。", null, null,
					commitments, null)));
	}

	@Test
	void shouldServeThePdfWithTheChineseTitleAndNumberAsText() throws Exception {
		String title = unique("曲阳街道与驻区单位共建协议");
		Long id = subDistrictAgreement(title);
		String number = this.users.call("staff", () -> this.agreements.detail(id)).number();

		MvcResult result = this.mvc.perform(get("/agreements/" + id + ".pdf").with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"agreement-" + number + ".pdf\""))
			.andReturn();
		byte[] pdf = result.getResponse().getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

		try (PDDocument doc = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(doc);
			assertThat(text).contains(title, number, "共建协议", "每年联合开展党课", "负责人（签字）", "第 1 页");
			assertThat(doc.getDocumentInformation().getTitle()).contains(title);
		}
	}

	@Test
	void shouldEmbedTheCjkFontAndNoStandardFont() throws Exception {
		Long id = subDistrictAgreement(unique("字体嵌入测试协议"));
		byte[] pdf = this.mvc.perform(get("/agreements/" + id + ".pdf").with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		try (PDDocument doc = Loader.loadPDF(pdf)) {
			PDPage page = doc.getPage(0);
			PDResources resources = page.getResources();
			List<PDFont> fonts = new ArrayList<>();
			for (COSName name : resources.getFontNames()) {
				fonts.add(resources.getFont(name));
			}
			assertThat(fonts).isNotEmpty();
			for (PDFont font : fonts) {
				assertThat(font.isStandard14()).as(font.getName()).isFalse();
				assertThat(font.isEmbedded()).as(font.getName()).isTrue();
				PDFontDescriptor descriptor = font.getFontDescriptor();
				assertThat(descriptor).as(font.getName()).isNotNull();
				assertThat(descriptor.getFontFile2() != null || descriptor.getFontFile3() != null)
					.as("font file of " + font.getName())
					.isTrue();
			}
			assertThat(fonts).anySatisfy((font) -> {
				assertThat(font).isInstanceOf(PDType0Font.class);
				// a subset: six capital letters, a plus, then the font's name
				assertThat(font.getName()).matches("[A-Z]{6}\\+LianjianKai-Regular");
			});
		}
	}

	@Test
	void shouldRenderThePrintPageWithPartiesCommitmentsAndSignatures() throws Exception {
		String title = unique("打印版测试协议");
		Long id = subDistrictAgreement(title);
		String number = this.users.call("staff", () -> this.agreements.detail(id)).number();

		this.mvc.perform(get("/agreements/" + id + "/print").with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString(title)))
			.andExpect(content().string(containsString(number)))
			.andExpect(content().string(containsString("甲方（社区方）")))
			.andExpect(content().string(containsString("乙方（单位方）")))
			.andExpect(content().string(containsString("大口党委")))
			.andExpect(content().string(containsString("4 场/年")))
			.andExpect(content().string(containsString("负责人（签字）")))
			.andExpect(content().string(containsString("/css/print.css")));
		// the unit's own liaison may print it too
		this.mvc.perform(get("/agreements/" + id + "/print").with(this.users.as("liaison"))).andExpect(status().isOk());
		this.mvc.perform(get("/agreements/" + id + ".pdf").with(this.users.as("liaison"))).andExpect(status().isOk());
	}

	@Test
	void shouldAnswer404OutsideTheScope() throws Exception {
		Long id = subDistrictAgreement(unique("范围测试协议"));
		for (String who : List.of("liaison2", "secretary")) {
			this.mvc.perform(get("/agreements/" + id + ".pdf").with(this.users.as(who)))
				.andExpect(status().isNotFound());
			this.mvc.perform(get("/agreements/" + id + "/print").with(this.users.as(who)))
				.andExpect(status().isNotFound());
		}
		this.mvc.perform(get("/agreements/" + Long.MAX_VALUE + ".pdf").with(this.users.as("staff")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/agreements/abc.pdf").with(this.users.as("staff"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/agreements/" + id + ".pdf")).andExpect(status().is3xxRedirection());
	}

	@Test
	void shouldMakeSafeFileNames() {
		assertThat(AgreementPrintController.fileName("QY-2026-017")).isEqualTo("agreement-QY-2026-017.pdf");
		assertThat(AgreementPrintController.fileName("QY\"\r\n-2026/../x")).isEqualTo("agreement-QY-2026x.pdf");
		assertThat(AgreementPrintController.fileName("协议")).isEqualTo("agreement-document.pdf");
	}

	@Test
	void shouldWriteManyPagesWithPageNumbers() throws IOException {
		byte[] pdf = PdfDocuments.render("长文档", (n) -> "第 " + n + " 页", (doc) -> {
			doc.title("长文档");
			var table = doc.table(new float[] { 1, 4 }, "序号", "内容");
			for (int i = 1; i <= 120; i++) {
				doc.row(table, String.valueOf(i), "第" + i + "行：社区党建共建内容，志愿服务 200 小时/年");
			}
			doc.add(table);
		});
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			assertThat(doc.getNumberOfPages()).isGreaterThan(2);
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(3);
			stripper.setEndPage(3);
			assertThat(stripper.getText(doc)).contains("第 3 页", "序号");
			assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(595f,
					org.assertj.core.data.Offset.offset(1f));
		}
	}

}
