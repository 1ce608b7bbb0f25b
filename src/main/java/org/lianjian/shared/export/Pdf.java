package org.lianjian.shared.export;

import java.util.List;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.jspecify.annotations.Nullable;
import org.lianjian.shared.export.PdfFonts.Face;

/**
 * An open document with the embedded fonts and helpers for Chinese paragraphs and tables.
 * Every text goes through the document's {@link FontChain}, so that each character is
 * drawn in a font that has it (or as the replacement mark): build phrases and paragraphs
 * with {@link #phrase}, {@link #text} and {@link #chunks}, never from a bare string.
 */
public final class Pdf {

	private final Document document;

	private final PdfWriter writer;

	private final FontChain chain;

	private final PdfLayout layout;

	/** Document title, 20 pt bold. */
	public final Font title;

	/** Section heading, 13 pt bold. */
	public final Font heading;

	/** Body text, 11 pt. */
	public final Font body;

	/** Bold body text, 11 pt. */
	public final Font bold;

	/** Small print and table text, 9.5 pt. */
	public final Font small;

	Pdf(Document document, PdfWriter writer, FontChain chain, PdfLayout layout) {
		this.document = document;
		this.writer = writer;
		this.chain = chain;
		this.layout = layout;
		this.title = font(20, Font.BOLD);
		this.heading = font(13, Font.BOLD);
		this.body = font(11, Font.NORMAL);
		this.bold = font(11, Font.BOLD);
		this.small = font(9.5f, Font.NORMAL);
	}

	public Document document() {
		return this.document;
	}

	/**
	 * The writer, for page events (e.g. recording where a heading lands) and vector
	 * drawing on its content bytes.
	 * @return the writer
	 */
	public PdfWriter writer() {
		return this.writer;
	}

	public FontChain chain() {
		return this.chain;
	}

	public PdfLayout layout() {
		return this.layout;
	}

	/** A font of the text face (楷). */
	public Font font(float size, int style) {
		return this.chain.font(Face.KAI, size, style);
	}

	/** A font of a face. */
	public Font font(Face face, float size, int style) {
		return this.chain.font(face, size, style);
	}

	public void add(Element element) throws DocumentException {
		this.document.add(element);
	}

	/** The text as chunks, each in a font that has its characters. */
	public List<Chunk> chunks(@Nullable String text, Font font) {
		return this.chain.chunks(text, font);
	}

	/** The text as a phrase with the font's default line height (1.5 × its size). */
	public Phrase phrase(@Nullable String text, Font font) {
		return this.chain.phrase(Float.NaN, text, font);
	}

	/** The text as a phrase with a line height. */
	public Phrase phrase(float leading, @Nullable String text, Font font) {
		return this.chain.phrase(leading, text, font);
	}

	/**
	 * The text as a paragraph.
	 * @param leading the line height, or {@link Float#NaN} for 1.5 × the font size
	 * @param text the text
	 * @param font the font
	 * @return the paragraph, to align and space before adding it
	 */
	public Paragraph text(float leading, @Nullable String text, Font font) {
		Paragraph p = new Paragraph(leading, "", font);
		p.addAll(this.chain.chunks(text, font));
		return p;
	}

	/** The width of a text as it is drawn, in points. */
	public float width(@Nullable String text, Font font) {
		return this.chain.width(text, font);
	}

	/**
	 * Draws one line of text at a point, e.g. on a chart's template.
	 * @param canvas where to draw
	 * @param text the text
	 * @param font the font and colour
	 * @param align {@link Element#ALIGN_LEFT}, {@link Element#ALIGN_CENTER} or
	 * {@link Element#ALIGN_RIGHT}
	 * @param x the anchor's x
	 * @param y the baseline
	 * @param rotation degrees counter-clockwise
	 */
	public void showText(PdfContentByte canvas, @Nullable String text, Font font, int align, float x, float y,
			float rotation) {
		ColumnText.showTextAligned(canvas, align, phrase(text, font), x, y, rotation);
	}

	/** A centred title. */
	public void title(String text) throws DocumentException {
		Paragraph p = text(Float.NaN, text, this.title);
		p.setAlignment(Element.ALIGN_CENTER);
		p.setSpacingAfter(6);
		add(p);
	}

	/** A centred line under the title, such as the document number. */
	public void subtitle(String text) throws DocumentException {
		Paragraph p = text(Float.NaN, text, this.small);
		p.setAlignment(Element.ALIGN_CENTER);
		p.setSpacingAfter(14);
		add(p);
	}

	public void heading(String text) throws DocumentException {
		Paragraph p = text(Float.NaN, text, this.heading);
		p.setSpacingBefore(12);
		p.setSpacingAfter(6);
		add(p);
	}

	public void paragraph(String text) throws DocumentException {
		Paragraph p = text(16, text, this.body);
		p.setAlignment(Element.ALIGN_JUSTIFIED);
		p.setSpacingAfter(4);
		add(p);
	}

	/**
	 * A label in bold followed by its value on one line.
	 * @param label the label, with its colon (e.g. "协议期限：")
	 * @param value the value
	 */
	public void field(String label, @Nullable String value) throws DocumentException {
		Paragraph p = new Paragraph(16, "", this.body);
		p.addAll(chunks(label, this.bold));
		p.addAll(chunks(value, this.body));
		p.setSpacingAfter(3);
		add(p);
	}

	/**
	 * A full-width table whose header row repeats on every page.
	 * @param relativeWidths the columns' relative widths
	 * @param headers the header texts
	 * @return the table, to fill with {@link #row}
	 */
	public PdfPTable table(float[] relativeWidths, String... headers) {
		PdfPTable table = new PdfPTable(relativeWidths);
		table.setWidthPercentage(100);
		table.setSpacingBefore(4);
		table.setSpacingAfter(8);
		table.setHeaderRows(headers.length == 0 ? 0 : 1);
		Font font = font(this.small.getSize(), Font.BOLD);
		for (String header : headers) {
			PdfPCell cell = cell(header, font);
			cell.setGrayFill(0.92f);
			table.addCell(cell);
		}
		return table;
	}

	public void row(PdfPTable table, @Nullable String... cells) {
		for (String text : cells) {
			table.addCell(cell(text, this.small));
		}
	}

	/** A table cell with a line height of 14 pt. */
	public PdfPCell cell(@Nullable String text, Font font) {
		return cell(14, text, font);
	}

	/** A table cell with a line height. */
	public PdfPCell cell(float leading, @Nullable String text, Font font) {
		PdfPCell cell = new PdfPCell(phrase(leading, text, font));
		cell.setPadding(5);
		cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
		return cell;
	}

	/** Vertical white space. */
	public void space(float points) throws DocumentException {
		Paragraph p = new Paragraph(" ", this.small);
		p.setSpacingAfter(points);
		add(p);
	}

}
