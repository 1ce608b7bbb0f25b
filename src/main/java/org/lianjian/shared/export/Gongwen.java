package org.lianjian.shared.export;

import java.awt.Color;

import com.lowagie.text.Chunk;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.draw.LineSeparator;
import org.jspecify.annotations.Nullable;
import org.lianjian.shared.export.PdfFonts.Face;

/**
 * The elements of the national official-document layout (公文, GB/T 9704-2012) on a
 * document in {@link PdfLayout#GONGWEN}: the issuing body in red at the top (版头) over a
 * red separator line, a centred title in the 小标宋-style display face, headings, and body
 * text in 三号 (16 pt) on a line pitch of 22 lines to the type area.
 *
 * <p>
 * The standard asks for 仿宋 body text. No OFL 仿宋 font is packaged in Debian, npm or Maven
 * Central, so the body is set in the closest OFL face the portal embeds, LXGW WenKai (楷,
 * whose even strokes 仿宋 shares); see fonts/README.md.
 */
public final class Gongwen {

	/** The red of the header and its separator line. */
	public static final Color RED = new Color(0xE6, 0x00, 0x12);

	/** 三号, the body size. */
	public static final float BODY = 16f;

	/** 二号, the title size. */
	public static final float TITLE = 22f;

	/** The line pitch: 22 lines to the 225 mm type area. */
	public static final float LINE = PdfLayout.mm(225) / 22;

	/** The largest size of the issuing body's name (小初). */
	static final float ISSUER_MAX = 36f;

	private Gongwen() {
	}

	/** The body font, 三号. */
	public static Font body(Pdf doc) {
		return doc.font(BODY, Font.NORMAL);
	}

	/**
	 * The header of the first page: the issuing body centred in red, about 35 mm below
	 * the type area's top, then the document number two lines below it, and the red
	 * separator line 4 mm under the number, as wide as the type area.
	 * @param doc the document
	 * @param issuer the issuing body
	 * @param number the document number line (发文字号), or null for none
	 */
	public static void header(Pdf doc, String issuer, @Nullable String number) throws DocumentException {
		float width = doc.document().right() - doc.document().left();
		Font unit = doc.font(Face.SONG_BOLD, 1, Font.NORMAL);
		float size = Math.min(ISSUER_MAX, width * 0.96f / Math.max(1, doc.width(issuer, unit)));
		Font font = new Font(unit.getBaseFont(), size, Font.NORMAL, RED);
		// a line as high as the gap (spacing before the first paragraph of a page is
		// dropped), less the room above the name's ideographs (about 0.88 em high) in its
		// line of 1.2 em
		doc.add(new Paragraph(PdfLayout.mm(35) - size * (1.2f - 0.88f), " ", body(doc)));
		Paragraph name = doc.text(size * 1.2f, issuer, font);
		name.setAlignment(Element.ALIGN_CENTER);
		doc.add(name);
		if (number != null) {
			Paragraph line = doc.text(LINE, number, body(doc));
			line.setAlignment(Element.ALIGN_CENTER);
			line.setSpacingBefore(2 * LINE);
			doc.add(line);
		}
		// the rule in a paragraph of the body font: a chunk of its own would carry a
		// standard font into the document
		Paragraph rule = new Paragraph(PdfLayout.mm(4), "", body(doc));
		rule.add(new Chunk(new LineSeparator(1.5f, 100, RED, Element.ALIGN_CENTER, 0)));
		doc.add(rule);
	}

	/**
	 * The title, centred in 二号 of the display face, two lines under the separator.
	 * @param doc the document
	 * @param title the title
	 */
	public static void title(Pdf doc, String title) throws DocumentException {
		Paragraph p = doc.text(TITLE * 1.5f, title, doc.font(Face.SONG_BOLD, TITLE, Font.NORMAL));
		p.setAlignment(Element.ALIGN_CENTER);
		p.setSpacingBefore(2 * LINE - TITLE * 0.5f);
		p.setSpacingAfter(LINE / 2);
		doc.add(p);
	}

	/**
	 * A first-level heading (e.g. "一、协议双方") in the display face, 三号.
	 * @param doc the document
	 * @param text the heading with its number
	 */
	public static void heading(Pdf doc, String text) throws DocumentException {
		// not alone at the foot of a page
		if (doc.writer().getVerticalPosition(true) - doc.document().bottom() < 3 * LINE) {
			doc.document().newPage();
		}
		Paragraph p = doc.text(LINE, text, doc.font(Face.SONG_BOLD, BODY, Font.NORMAL));
		p.setFirstLineIndent(2 * BODY);
		doc.add(p);
	}

	/**
	 * A body paragraph, 三号, indented two characters.
	 * @param doc the document
	 * @param text the text
	 */
	public static void paragraph(Pdf doc, String text) throws DocumentException {
		Paragraph p = doc.text(LINE, text, body(doc));
		p.setAlignment(Element.ALIGN_JUSTIFIED);
		p.setFirstLineIndent(2 * BODY);
		doc.add(p);
	}

	/**
	 * A labelled line, 三号, indented two characters: the label in simulated bold.
	 * @param doc the document
	 * @param label the label with its colon
	 * @param value the value
	 */
	public static void field(Pdf doc, String label, @Nullable String value) throws DocumentException {
		Font body = body(doc);
		Paragraph p = new Paragraph(LINE, "", body);
		p.addAll(doc.chunks(label, doc.font(BODY, Font.BOLD)));
		p.addAll(doc.chunks(value, body));
		p.setFirstLineIndent(2 * BODY);
		doc.add(p);
	}

}
