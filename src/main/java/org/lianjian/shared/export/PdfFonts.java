package org.lianjian.shared.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import com.lowagie.text.pdf.BaseFont;

/**
 * The fonts the portal embeds in its PDFs, all OFL-licensed TrueType (glyf) subsets on
 * the classpath (see {@code fonts/README.md}). No system font is ever used.
 *
 * <p>
 * A font file is read from the classpath the first time a document needs it, and its
 * bytes are kept: the text font at once, the fallbacks only when a document holds a
 * character that the fonts before them lack.
 */
public final class PdfFonts {

	/** One embedded font file. */
	public enum Face {

		/**
		 * The text font, a subset of LXGW WenKai (楷): GB 2312 with its symbols, ASCII and
		 * Latin-1, which is all that most documents need.
		 */
		KAI("fonts/LianjianKai-Regular.ttf"),

		/**
		 * The rest of LXGW WenKai: the other CJK Unified Ideographs (all of U+4E00–U+9FFF
		 * with the text font), Latin, Greek, Cyrillic, kana, symbols and the Extension
		 * A–F characters it has.
		 */
		KAI_EXT("fonts/LianjianKaiExt-Regular.ttf"),

		/**
		 * Fallback A, from HanaMinA: the rest of Extension A, compatibility ideographs,
		 * more symbols, and U+FFFD, the replacement mark.
		 */
		HAN_A("fonts/LianjianHanA-Regular.ttf"),

		/** Fallback B, from HanaMinB: the rest of Extension B, U+20000–U+24FFF. */
		HAN_B1("fonts/LianjianHanB1-Regular.ttf", 0x20000, 0x24FFF),

		/** Fallback B, from HanaMinB: the rest of Extension B, U+25000–U+2A6DF. */
		HAN_B2("fonts/LianjianHanB2-Regular.ttf", 0x25000, 0x2A6DF),

		/** Fallback B, from HanaMinB: the rest of Extensions C–F. */
		HAN_B3("fonts/LianjianHanB3-Regular.ttf", 0x2A700, 0x3FFFF),

		/**
		 * The display face (小标宋-style), from Noto Serif CJK SC Bold: GB 2312, ASCII and
		 * punctuation, for 公文 titles and the issuing body. It is bold itself: its
		 * fallbacks are drawn in simulated bold.
		 */
		SONG_BOLD("fonts/LianjianSong-Bold.ttf");

		private final String resource;

		private final int low;

		private final int high;

		Face(String resource) {
			this(resource, 0, Character.MAX_CODE_POINT);
		}

		Face(String resource, int low, int high) {
			this.resource = resource;
			this.low = low;
			this.high = high;
		}

		public String resource() {
			return this.resource;
		}

		/** Whether the face itself is bold (a fallback then simulates bold). */
		public boolean bold() {
			return this == SONG_BOLD;
		}

		/**
		 * Whether the character lies in the range the face was cut to (before reading
		 * it).
		 */
		boolean mayHave(int cp) {
			return cp >= this.low && cp <= this.high;
		}

		/** The PostScript name, as a subset in a PDF carries it after "ABCDEF+". */
		public String postscriptName() {
			return this.resource.substring(this.resource.lastIndexOf('/') + 1, this.resource.length() - 4);
		}

	}

	/**
	 * Where every text looks for a glyph after its own face: the text font, then
	 * fallbacks A and B.
	 */
	static final List<Face> FALLBACKS = List.of(Face.KAI, Face.KAI_EXT, Face.HAN_A, Face.HAN_B1, Face.HAN_B2,
			Face.HAN_B3);

	/** Shown in place of a character that no font has. */
	static final int REPLACEMENT = 0xFFFD;

	private static final ConcurrentMap<Face, byte[]> BYTES = new ConcurrentHashMap<>();

	private PdfFonts() {
	}

	/**
	 * The font file's bytes, read from the classpath on first use.
	 * @param face the font
	 * @return the TrueType file
	 */
	static byte[] bytes(Face face) {
		return BYTES.computeIfAbsent(face, PdfFonts::read);
	}

	private static byte[] read(Face face) {
		try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(face.resource())) {
			if (in == null) {
				throw new IllegalStateException("font missing from the classpath: " + face.resource());
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A fresh font object over the cached bytes, embedded as a subset with Identity-H.
	 * Each document gets its own: the object reads the file while the document is
	 * written.
	 * @param face the font
	 * @return the base font
	 */
	public static BaseFont create(Face face) {
		try {
			return BaseFont.createFont(face.postscriptName() + ".ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
					bytes(face), null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
