package org.lianjian.shared.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import org.jspecify.annotations.Nullable;
import org.lianjian.shared.export.PdfFonts.Face;

/**
 * One document's fonts, and the choice of a font for every character: a text is cut into
 * runs, each in the first font that has a glyph for its characters: the text's own font,
 * then the text font, then fallback A and B. Surrogate pairs are read as one character.
 *
 * <p>
 * A character that no font has is drawn as U+FFFD, the replacement mark, and remembered
 * in {@link #missing()}, so that the document's author can log it: a character is never
 * dropped silently. Invisible characters (format and control characters, variation
 * selectors) have nothing to draw and are left out; line breaks and tabs are kept.
 *
 * <p>
 * Not thread-safe: one chain per document.
 */
public final class FontChain {

	private final Map<Face, BaseFont> fonts = new EnumMap<>(Face.class);

	private final Map<BaseFont, Face> faces = new IdentityHashMap<>();

	private final SortedSet<Integer> missing = new TreeSet<>();

	/**
	 * The document's font object for a face, created on first use.
	 * @param face the face
	 * @return its base font
	 */
	public BaseFont font(Face face) {
		BaseFont font = this.fonts.get(face);
		if (font == null) {
			font = PdfFonts.create(face);
			this.fonts.put(face, font);
			this.faces.put(font, face);
		}
		return font;
	}

	/**
	 * A font of a face, size, style and colour.
	 * @param face the face
	 * @param size the size in points
	 * @param style {@link Font#NORMAL}, {@link Font#BOLD} …
	 * @return the font
	 */
	public Font font(Face face, float size, int style) {
		return new Font(font(face), size, style);
	}

	/**
	 * The code points, in order, that no font had, shown as the replacement mark.
	 * @return the missing characters
	 */
	public SortedSet<Integer> missing() {
		return Collections.unmodifiableSortedSet(this.missing);
	}

	/**
	 * The text as chunks, each in a font that has its characters, with the size, style
	 * and colour of the given font.
	 * @param text the text
	 * @param font the preferred font (its face is tried first)
	 * @return the chunks, empty for an empty text
	 */
	public List<Chunk> chunks(@Nullable String text, Font font) {
		List<Chunk> chunks = new ArrayList<>();
		if (text == null || text.isEmpty()) {
			return chunks;
		}
		Face preferred = faceOf(font);
		StringBuilder run = new StringBuilder();
		@Nullable Face runFace = null;
		int i = 0;
		while (i < text.length()) {
			int cp = text.codePointAt(i);
			i += Character.charCount(cp);
			if (cp == '\n' || cp == '\r' || cp == '\t') {
				run.appendCodePoint(cp);
				continue;
			}
			if (invisible(cp)) {
				continue;
			}
			@Nullable Face face = select(cp, preferred);
			if (face == null) {
				this.missing.add(cp);
				cp = PdfFonts.REPLACEMENT;
				face = select(cp, preferred);
				if (face == null) {
					cp = '?';
					face = preferred;
				}
			}
			if (face != runFace && run.length() > 0) {
				chunks.add(new Chunk(run.toString(), derive(font, preferred, (runFace != null) ? runFace : face)));
				run.setLength(0);
			}
			runFace = face;
			run.appendCodePoint(cp);
		}
		if (run.length() > 0) {
			chunks.add(new Chunk(run.toString(), derive(font, preferred, (runFace != null) ? runFace : preferred)));
		}
		return chunks;
	}

	/**
	 * The text as a phrase of {@link #chunks chunks}.
	 * @param leading the line height in points
	 * @param text the text
	 * @param font the preferred font
	 * @return the phrase
	 */
	public Phrase phrase(float leading, @Nullable String text, Font font) {
		Phrase phrase = new Phrase(leading, "", font);
		phrase.addAll(chunks(text, font));
		return phrase;
	}

	/**
	 * The width of a text as {@link #chunks} draws it.
	 * @param text the text
	 * @param font the preferred font
	 * @return the width in points
	 */
	public float width(@Nullable String text, Font font) {
		float width = 0;
		for (Chunk chunk : chunks(text, font)) {
			width += chunk.getFont().getBaseFont().getWidthPoint(chunk.getContent(), font.getSize());
		}
		return width;
	}

	/**
	 * Whether the fonts have a glyph for a character, without recording anything.
	 * @param cp the code point
	 * @return whether it prints as itself
	 */
	public boolean prints(int cp) {
		return invisible(cp) || select(cp, Face.KAI) != null;
	}

	private @Nullable Face select(int cp, Face preferred) {
		if (font(preferred).charExists(cp)) {
			return preferred;
		}
		for (Face face : PdfFonts.FALLBACKS) {
			if (face != preferred && face.mayHave(cp) && font(face).charExists(cp)) {
				return face;
			}
		}
		return null;
	}

	private Face faceOf(Font font) {
		BaseFont base = font.getBaseFont();
		Face face = (base != null) ? this.faces.get(base) : null;
		return (face != null) ? face : Face.KAI;
	}

	/** The font for a run: the given size, style and colour on the run's face. */
	private Font derive(Font font, Face preferred, Face face) {
		if (face == preferred) {
			return font;
		}
		int style = (font.getStyle() == Font.UNDEFINED) ? Font.NORMAL : font.getStyle();
		if (preferred.bold()) {
			// a bold face's fallback is drawn bold
			style |= Font.BOLD;
		}
		return new Font(font(face), font.getSize(), style, font.getColor());
	}

	/**
	 * Characters with nothing to draw: format and control characters, variation
	 * selectors.
	 */
	static boolean invisible(int cp) {
		int type = Character.getType(cp);
		return type == Character.FORMAT || type == Character.CONTROL || (cp >= 0xFE00 && cp <= 0xFE0F)
				|| (cp >= 0xE0100 && cp <= 0xE01EF);
	}

}
