package org.lianjian.agreement;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.lianjian.shared.export.PdfDocuments;
import org.lianjian.structure.StructureRole;
import org.lianjian.structure.StructureService;
import org.lianjian.support.FormPosts;
import org.lianjian.support.Users;
import org.lianjian.support.WebIntegrationTest;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every character of an agreement prints, in both layouts: a unit registered with a name
 * outside GB 2312 (one character astral, others only in the fallback fonts) and an
 * agreement titled with the same characters come out of the PDF exactly; a character that
 * no font has shows as the replacement mark and is logged with the agreement's id. The
 * official-document layout (公文) carries the issuing body, the number, numbered headings
 * and its page numbers.
 */
@WebIntegrationTest
class AgreementPdfGlyphsTests {

	/**
	 * Outside GB 2312; 𠮷 is astral (U+20BB7); U+3400 and U+2A6D6 only in the fallbacks.
	 */
	static final String RARE = "镕赟瑄翀堃喆𠮷" + "\u3400" + new String(Character.toChars(0x2A6D6));

	private static final AtomicInteger SEQ = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Autowired
	AgreementService agreements;

	@Autowired
	StructureService structure;

	/** Registers a unit through the form, as staff would. */
	private Long unit(String name) throws Exception {
		MvcResult result = this.mvc
			.perform(FormPosts
				.unit("/units/new", name, "上海市虹口区曲阳路 1 号", this.users.scopeOrganisationOf("secretary"), null)
				.with(this.users.as("staff")))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/units/*"))
			.andReturn();
		String location = result.getResponse().getRedirectedUrl();
		return Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
	}

	private Long agreement(String title, Long unit, String summary) {
		Long core = this.structure.holderOf(StructureRole.CORE).orElseThrow();
		List<CommitmentForm> commitments = new ArrayList<>();
		commitments.add(new CommitmentForm(null, "每年联合开展党课", null, CooperationArea.PARTY_BUILDING, new BigDecimal("4"),
				"场", true, null));
		commitments.add(new CommitmentForm(null, "共同维护" + RARE + "周边环境", unit, CooperationArea.ENVIRONMENT, null, null,
				true, null));
		LocalDate start = LocalDate.of(2026, 1, 1);
		return this.users.call("staff",
				() -> this.agreements.createDraft(new AgreementForm(title, AgreementLevel.SUB_DISTRICT, core,
						new ArrayList<>(List.of(unit)), EnumSet.of(CooperationArea.PARTY_BUILDING), start,
						start.plusYears(3).minusDays(1), summary, null, null, commitments, null)));
	}

	private byte[] pdf(Long id, String query) throws Exception {
		return this.mvc.perform(get("/agreements/" + id + ".pdf" + query).with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(doc);
		}
	}

	@Test
	void shouldPrintEveryCharacterOfTheTitleAndTheUnitNameInBothLayouts() throws Exception {
		int n = SEQ.incrementAndGet();
		String unitName = "上海曲阳" + RARE + "新能源科技有限公司" + n;
		String title = "曲阳街道与" + RARE + "共建协议" + n;
		Long id = agreement(title, unit(unitName), "双方本着资源共享、优势互补的原则开展共建。");

		for (String query : List.of("", "?style=gongwen")) {
			byte[] pdf = pdf(id, query);
			// kept for a look: target/agreement-sample.pdf, agreement-sample-gongwen.pdf
			Files.write(Path.of("target", "agreement-sample" + query.replace("?style=", "-") + ".pdf"), pdf);
			// without white space: the 公文 layout wraps the long name
			String text = text(pdf).replaceAll("\\s+", "");
			assertThat(text).as(query).contains(title, unitName, "共同维护" + RARE + "周边环境").doesNotContain("\uFFFD");
		}
		this.mvc.perform(get("/agreements/" + id + "/print?style=gongwen").with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(title)))
			.andExpect(content().string(containsString(unitName)));
	}

	@Test
	void shouldShowAReplacementMarkAndLogTheAgreementForACharacterNoFontHas() throws Exception {
		Logger logger = (Logger) LoggerFactory.getLogger(PdfDocuments.class);
		ListAppender<ILoggingEvent> log = new ListAppender<>();
		log.start();
		logger.addAppender(log);
		try {
			int n = SEQ.incrementAndGet();
			Long id = agreement("私用区字符测试协议" + n, this.users.scopeUnitOf("liaison"), "第一段\uE000结束。");

			assertThat(text(pdf(id, ""))).contains("第一段\uFFFD结束。");
			assertThat(log.list).extracting(ILoggingEvent::getFormattedMessage)
				.contains("agreement " + id + ": no glyph for U+E000");
		}
		finally {
			logger.detachAppender(log);
		}
	}

	@Test
	void shouldPrintTheOfficialDocumentUnderTheCoreOrganisationsName() throws Exception {
		int n = SEQ.incrementAndGet();
		String title = "公文格式测试协议" + n;
		Long id = agreement(title, this.users.scopeUnitOf("liaison"), "第一段。");
		String number = this.users.call("staff", () -> this.agreements.detail(id)).number();
		String issuer = this.structure.name(this.structure.holderOf(StructureRole.CORE).orElseThrow()).orElseThrow();

		List<String> lines = text(pdf(id, "?style=gongwen")).lines()
			.map(String::strip)
			.filter((line) -> !line.isEmpty())
			.toList();
		assertThat(lines.subList(0, 3)).containsExactly(issuer, "共建协议　" + number, title);
		assertThat(lines).contains("一、协议双方", "— 1 —");
		this.mvc.perform(get("/agreements/" + id + "/print?style=gongwen").with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("print-gongwen")))
			.andExpect(content().string(containsString("class=\"gongwen-issuer\">" + issuer + "<")))
			.andExpect(content().string(containsString("/agreements/" + id + ".pdf?style=gongwen")));
		// an unknown style is the standard one, not an error
		String standard = text(pdf(id, "?style=%00x"));
		assertThat(standard).contains("第 1 页").doesNotContain("— 1 —");
	}

}
