package org.lianjian.shared.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.lianjian.shared.export.PdfDocuments.Spec;
import org.lianjian.shared.export.PdfFonts.Face;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every character prints: the embedded fonts cover all of GB 18030's CJK Unified
 * Ideographs with Extension A, each character is drawn in the first font that has it
 * (surrogate pairs as one character), and a character that no font has becomes a visible
 * replacement mark and a warning naming the record.
 */
class FontChainTests {

	/** Names outside GB 2312, one astral (U+20BB7), one from Ext A, one from Ext B. */
	static final String RARE = "镕赟瑄翀堃喆𠮷";

	/** U+3400, Extension A, only in fallback A. */
	static final String EXT_A = "\u3400";

	/** U+2A6D6, Extension B, only in fallback B. */
	static final String EXT_B = new String(Character.toChars(0x2A6D6));

	/** A private-use character: the portal accepts it, no font has it. */
	static final String PRIVATE_USE = "\uE000";

	@Test
	void shouldCoverEveryCjkUnifiedIdeographWithExtensionA() {
		FontChain chain = new FontChain();
		List<String> missing = new ArrayList<>();
		for (int cp = 0x3400; cp <= 0x9FFF; cp++) {
			if ((cp <= 0x4DBF || cp >= 0x4E00) && !chain.prints(cp)) {
				missing.add(PdfDocuments.codePoint(cp));
			}
		}
		assertThat(missing).isEmpty();
		for (int cp : (RARE + EXT_A + EXT_B + "，。、；：“”（）《》—…·①⑩ÀéüΩЖ").codePoints().toArray()) {
			assertThat(chain.prints(cp)).as(PdfDocuments.codePoint(cp)).isTrue();
		}
		assertThat(chain.prints(0xE000)).isFalse();
	}

	@Test
	void shouldDrawEachCharacterInTheFirstFontThatHasIt() {
		FontChain chain = new FontChain();
		Font body = chain.font(Face.KAI, 11, Font.NORMAL);
		List<Chunk> chunks = chain.chunks("上海" + RARE + EXT_A + EXT_B + "公司", body);

		// GB 2312 and the common name characters 堃喆 in the small text font, the rest of
		// LXGW WenKai (𠮷 too) in its second file, then the fallbacks
		assertThat(chunks).extracting(Chunk::getContent).containsExactly("上海", "镕赟瑄翀", "堃喆", "𠮷", EXT_A, EXT_B, "公司");
		assertThat(chunks).extracting((c) -> c.getFont().getBaseFont())
			.containsExactly(chain.font(Face.KAI), chain.font(Face.KAI_EXT), chain.font(Face.KAI),
					chain.font(Face.KAI_EXT), chain.font(Face.HAN_A), chain.font(Face.HAN_B2), chain.font(Face.KAI));
		assertThat(chunks).allSatisfy((c) -> assertThat(c.getFont().getSize()).isEqualTo(11f));
		assertThat(chain.missing()).isEmpty();
	}

	@Test
	void shouldFallBackFromTheDisplayFaceAndKeepItBold() {
		FontChain chain = new FontChain();
		Font title = chain.font(Face.SONG_BOLD, 22, Font.NORMAL);
		List<Chunk> chunks = chain.chunks("曲阳镕赟公司", title);

		assertThat(chunks).extracting(Chunk::getContent).containsExactly("曲阳", "镕赟", "公司");
		assertThat(chunks.get(0).getFont().getBaseFont()).isSameAs(chain.font(Face.SONG_BOLD));
		assertThat(chunks.get(1).getFont().getBaseFont()).isSameAs(chain.font(Face.KAI_EXT));
		assertThat(chunks.get(1).getFont().isBold()).isTrue();
	}

	@Test
	void shouldShowAReplacementMarkForACharacterNoFontHas() {
		FontChain chain = new FontChain();
		Font body = chain.font(Face.KAI, 11, Font.NORMAL);
		List<Chunk> chunks = chain.chunks("甲" + PRIVATE_USE + "乙\uD800", body);

		assertThat(String.join("", chunks.stream().map(Chunk::getContent).toList())).isEqualTo("甲\uFFFD乙\uFFFD");
		assertThat(chunks.get(1).getFont().getBaseFont()).isSameAs(chain.font(Face.HAN_A));
		assertThat(chain.missing()).containsExactly(0xD800, 0xE000);
	}

	@Test
	void shouldLeaveOutInvisibleCharactersAndKeepLineBreaks() {
		FontChain chain = new FontChain();
		Font body = chain.font(Face.KAI, 11, Font.NORMAL);
		List<Chunk> chunks = chain.chunks("甲\u200B乙\uFE0F\n丙", body);

		assertThat(chunks).extracting(Chunk::getContent).containsExactly("甲乙\n丙");
		assertThat(chain.missing()).isEmpty();
	}

	@Test
	void shouldPrintRareCharactersAndLogTheOnesNoFontHasNamingTheRecord() throws IOException {
		Logger logger = (Logger) LoggerFactory.getLogger(PdfDocuments.class);
		ListAppender<ILoggingEvent> log = new ListAppender<>();
		log.start();
		logger.addAppender(log);
		try {
			byte[] pdf = PdfDocuments.render(
					new Spec("测试", "agreement 12\r\nforged line", PdfLayout.STANDARD, (n) -> "第 " + n + " 页"),
					(doc) -> {
						doc.title("上海曲阳" + RARE + "新能源科技有限公司");
						doc.paragraph("扩展" + EXT_A + EXT_B + "，私用" + PRIVATE_USE + "区");
					});
			try (PDDocument doc = Loader.loadPDF(pdf)) {
				String text = new PDFTextStripper().getText(doc);
				assertThat(text).contains("上海曲阳" + RARE + "新能源科技有限公司", "扩展" + EXT_A + EXT_B + "，私用\uFFFD区");
			}
			assertThat(log.list).hasSize(1);
			String message = log.list.get(0).getFormattedMessage();
			assertThat(message).isEqualTo("agreement 12  forged line: no glyph for U+E000").doesNotContain("\r", "\n");
			assertThat(log.list.get(0).getLevel()).hasToString("WARN");
		}
		finally {
			logger.detachAppender(log);
		}
	}

	@Test
	void shouldLogNothingWithoutARecordOrWhenEveryCharacterPrints() {
		Logger logger = (Logger) LoggerFactory.getLogger(PdfDocuments.class);
		ListAppender<ILoggingEvent> log = new ListAppender<>();
		log.start();
		logger.addAppender(log);
		try {
			PdfDocuments.render(new Spec("t", "agreement 13", PdfLayout.STANDARD, (n) -> ""),
					(doc) -> doc.paragraph(RARE));
			PdfDocuments.render("t", (n) -> "", (doc) -> doc.paragraph(PRIVATE_USE));
			assertThat(log.list).isEmpty();
		}
		finally {
			logger.detachAppender(log);
		}
	}

}
