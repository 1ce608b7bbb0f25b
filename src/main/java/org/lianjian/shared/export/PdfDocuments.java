package org.lianjian.shared.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.IntFunction;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import org.jspecify.annotations.Nullable;

/**
 * The portal's PDF documents (agreement print, later the annual report): A4 pages with
 * margins, a page number in the footer, and Chinese text in an OFL-licensed CJK font that
 * is always <em>embedded</em> from the classpath (a subset, Identity-H), never taken from
 * the system, so a PDF reads the same everywhere.
 *
 * <pre>
 * byte[] pdf = PdfDocuments.render("共建协议", (n) -&gt; "第 " + n + " 页", (doc) -&gt; {
 * 	doc.title("共建协议");
 * 	doc.paragraph("……");
 * });
 * </pre>
 *
 * The font file is read once and its bytes kept; each document parses them into its own
 * font object, since a font object collects the glyphs its document uses.
 */
public final class PdfDocuments {

	/** The embedded CJK font: a subset of LXGW WenKai, see fonts/README.md. */
	public static final String FONT_RESOURCE = "fonts/LianjianKai-Regular.ttf";

	/** A4 margins in points: left, right, top, bottom (about 2.2 cm, footer below). */
	static final float MARGIN_SIDE = 62f, MARGIN_TOP = 56f, MARGIN_BOTTOM = 64f;

	private static volatile byte @Nullable [] fontBytes;

	private PdfDocuments() {
	}

	/**
	 * The font file's bytes, read from the classpath on first use.
	 * @return the TrueType font
	 */
	static byte[] fontBytes() {
		byte[] bytes = fontBytes;
		if (bytes == null) {
			synchronized (PdfDocuments.class) {
				bytes = fontBytes;
				if (bytes == null) {
					try (InputStream in = PdfDocuments.class.getClassLoader().getResourceAsStream(FONT_RESOURCE)) {
						if (in == null) {
							throw new IllegalStateException("font missing from the classpath: " + FONT_RESOURCE);
						}
						bytes = in.readAllBytes();
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
					fontBytes = bytes;
				}
			}
		}
		return bytes;
	}

	/**
	 * A fresh font object over the cached bytes, embedded as a subset with Identity-H.
	 * @return the base font
	 */
	public static BaseFont baseFont() {
		try {
			return BaseFont.createFont("LianjianKai-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
					fontBytes(), null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Renders one document.
	 * @param title the document title (PDF metadata)
	 * @param pageLabel the footer text for page n, e.g. "第 n 页"
	 * @param content writes the pages
	 * @return the PDF
	 */
	public static byte[] render(String title, IntFunction<String> pageLabel, Content content) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		Document document = new Document(PageSize.A4, MARGIN_SIDE, MARGIN_SIDE, MARGIN_TOP, MARGIN_BOTTOM);
		PdfWriter writer = PdfWriter.getInstance(document, out);
		Pdf pdf = new Pdf(document, writer, baseFont());
		writer.setPageEvent(new Footer(pdf.small, pageLabel));
		document.addTitle(title);
		document.addCreator("Lianjian");
		writer.getExtraCatalog().put(PdfName.LANG, new PdfString("zh-CN"));
		document.open();
		try {
			content.write(pdf);
		}
		catch (RuntimeException ex) {
			try {
				document.close();
			}
			catch (RuntimeException suppressed) {
				ex.addSuppressed(suppressed);
			}
			throw ex;
		}
		document.close();
		return out.toByteArray();
	}

	/** Writes a document's content. */
	@FunctionalInterface
	public interface Content {

		void write(Pdf pdf) throws DocumentException;

	}

	/** "第 N 页" centred in the footer of every page. */
	static final class Footer extends PdfPageEventHelper {

		private final Font font;

		private final IntFunction<String> label;

		Footer(Font font, IntFunction<String> label) {
			this.font = font;
			this.label = label;
		}

		@Override
		public void onEndPage(PdfWriter writer, Document document) {
			float x = (document.left() + document.right()) / 2;
			float y = document.bottom() - 30;
			ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
					new Phrase(this.label.apply(writer.getPageNumber()), this.font), x, y, 0);
		}

	}

	/**
	 * An open document with the CJK fonts and helpers for Chinese paragraphs and tables.
	 */
	public static final class Pdf {

		private final Document document;

		private final PdfWriter writer;

		private final BaseFont base;

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

		Pdf(Document document, PdfWriter writer, BaseFont base) {
			this.document = document;
			this.writer = writer;
			this.base = base;
			this.title = new Font(base, 20, Font.BOLD);
			this.heading = new Font(base, 13, Font.BOLD);
			this.body = new Font(base, 11, Font.NORMAL);
			this.bold = new Font(base, 11, Font.BOLD);
			this.small = new Font(base, 9.5f, Font.NORMAL);
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

		public BaseFont baseFont() {
			return this.base;
		}

		public Font font(float size, int style) {
			return new Font(this.base, size, style);
		}

		public void add(Element element) throws DocumentException {
			this.document.add(element);
		}

		/** A centred title. */
		public void title(String text) throws DocumentException {
			Paragraph p = new Paragraph(text, this.title);
			p.setAlignment(Element.ALIGN_CENTER);
			p.setSpacingAfter(6);
			add(p);
		}

		/** A centred line under the title, such as the document number. */
		public void subtitle(String text) throws DocumentException {
			Paragraph p = new Paragraph(text, this.small);
			p.setAlignment(Element.ALIGN_CENTER);
			p.setSpacingAfter(14);
			add(p);
		}

		public void heading(String text) throws DocumentException {
			Paragraph p = new Paragraph(text, this.heading);
			p.setSpacingBefore(12);
			p.setSpacingAfter(6);
			add(p);
		}

		public void paragraph(String text) throws DocumentException {
			Paragraph p = new Paragraph(16, text, this.body);
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
			p.add(new Chunk(label, this.bold));
			p.add(new Chunk(value == null ? "" : value, this.body));
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
			for (String header : headers) {
				PdfPCell cell = cell(header, this.font(9.5f, Font.BOLD));
				cell.setGrayFill(0.92f);
				table.addCell(cell);
			}
			return table;
		}

		public void row(PdfPTable table, @Nullable String... cells) {
			for (String text : cells) {
				table.addCell(cell(text == null ? "" : text, this.small));
			}
		}

		public PdfPCell cell(String text, Font font) {
			PdfPCell cell = new PdfPCell(new Phrase(14, text, font));
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

}
