package org.lianjian.shared.export;

import java.io.ByteArrayOutputStream;
import java.util.SortedSet;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The portal's PDF documents (the agreement, the annual report): A4 pages in a
 * {@link PdfLayout}, a page label in the footer, and text in OFL-licensed fonts that are
 * always <em>embedded</em> from the classpath (subsets, Identity-H), never taken from the
 * system, so a PDF reads the same everywhere.
 *
 * <pre>
 * byte[] pdf = PdfDocuments.render(new Spec("共建协议", "agreement 12", PdfLayout.STANDARD,
 * 		(n) -&gt; "第 " + n + " 页"), (doc) -&gt; {
 * 	doc.title("共建协议");
 * 	doc.paragraph("……");
 * });
 * </pre>
 *
 * Each character is drawn in the first font that has it ({@link FontChain}). A character
 * that no font has is drawn as the replacement mark, and the document's record is named
 * in a warning: {@code agreement 12: no glyph for U+1F600}.
 */
public final class PdfDocuments {

	private static final Logger log = LoggerFactory.getLogger(PdfDocuments.class);

	/** The text font's resource, see fonts/README.md. */
	public static final String FONT_RESOURCE = PdfFonts.Face.KAI.resource();

	private PdfDocuments() {
	}

	/**
	 * What to render.
	 *
	 * @param title the document title (PDF metadata)
	 * @param record the record it shows, named in the warning about characters without a
	 * glyph (e.g. "agreement 12"); null to log nothing (e.g. a first layout pass)
	 * @param layout the page layout
	 * @param pageLabel the footer text for page n, e.g. "第 n 页"; empty for none
	 */
	public record Spec(String title, @Nullable String record, PdfLayout layout, IntFunction<String> pageLabel) {
	}

	/**
	 * Renders a document in the standard layout, logging nothing about missing glyphs.
	 * @param title the document title (PDF metadata)
	 * @param pageLabel the footer text for page n, e.g. "第 n 页"
	 * @param content writes the pages
	 * @return the PDF
	 */
	public static byte[] render(String title, IntFunction<String> pageLabel, Content content) {
		return render(new Spec(title, null, PdfLayout.STANDARD, pageLabel), content);
	}

	/**
	 * Renders one document.
	 * @param spec title, record, layout and page label
	 * @param content writes the pages
	 * @return the PDF
	 */
	public static byte[] render(Spec spec, Content content) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		PdfLayout layout = spec.layout();
		Document document = new Document(PageSize.A4, layout.left(), layout.right(), layout.top(), layout.bottom());
		PdfWriter writer = PdfWriter.getInstance(document, out);
		FontChain chain = new FontChain();
		Pdf pdf = new Pdf(document, writer, chain, layout);
		writer.setPageEvent(layout.footer(pdf, spec.pageLabel()));
		document.addTitle(spec.title());
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
		warnMissing(spec.record(), chain.missing());
		return out.toByteArray();
	}

	private static void warnMissing(@Nullable String record, SortedSet<Integer> missing) {
		if (record == null || missing.isEmpty()) {
			return;
		}
		String codes = missing.stream().map(PdfDocuments::codePoint).collect(Collectors.joining(", "));
		log.warn("{}: no glyph for {}", loggable(record), codes);
	}

	/** {@code U+20BB7}. */
	static String codePoint(int cp) {
		return String.format("U+%04X", cp);
	}

	/**
	 * The text without line breaks or other control characters, at most 200 characters.
	 */
	static String loggable(String text) {
		String plain = text.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}]", " ");
		return (plain.length() > 200) ? plain.substring(0, 200) + "…" : plain;
	}

	/** Writes a document's content. */
	@FunctionalInterface
	public interface Content {

		void write(Pdf pdf) throws DocumentException;

	}

}
