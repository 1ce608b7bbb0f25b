package org.lianjian.report;

import java.awt.Color;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.DottedLineSeparator;
import org.jspecify.annotations.Nullable;
import org.lianjian.report.AnnualReport.Cell;
import org.lianjian.report.AnnualReport.Chart;
import org.lianjian.report.AnnualReport.Figure;
import org.lianjian.report.AnnualReport.Note;
import org.lianjian.report.AnnualReport.Section;
import org.lianjian.report.AnnualReport.Table;
import org.lianjian.shared.export.Gongwen;
import org.lianjian.shared.export.Pdf;
import org.lianjian.shared.export.PdfDocuments;
import org.lianjian.shared.export.PdfDocuments.Spec;
import org.lianjian.shared.export.PdfFonts.Face;
import org.lianjian.shared.export.PdfLayout;

/**
 * One pass over the annual report's PDF: the cover, the contents, and the three parts
 * with their sections (figures, tables, charts, notes) and the part-3 measures.
 */
final class AnnualReportPdfWriter {

	private static final String[] PART_NUMERALS = { "", "report.export.part.1", "report.export.part.2",
			"report.export.part.3" };

	private final AnnualReportPdf owner;

	private final AnnualReport report;

	private final @Nullable Integer version;

	private final Locale locale;

	private final String issuer;

	/** Anchor → page: filled by the first pass, read by the second. */
	private final Map<String, Integer> pages;

	/** The record named in the warning about missing glyphs; null on the first pass. */
	private final @Nullable String record;

	private final IntConsumer progress;

	AnnualReportPdfWriter(AnnualReportPdf owner, AnnualReport report, @Nullable Integer version, Locale locale,
			String issuer, Map<String, Integer> pages, @Nullable String record, IntConsumer progress) {
		this.owner = owner;
		this.report = report;
		this.version = version;
		this.locale = locale;
		this.issuer = issuer;
		this.pages = pages;
		this.record = record;
		this.progress = progress;
	}

	String msg(String key, Object... args) {
		return this.owner.msg(key, this.locale, args);
	}

	String label(Cell cell) {
		if (cell.number() != null) {
			return AnnualReportPdf.plain(cell.number());
		}
		if (cell.messageKey() != null) {
			return msg(cell.messageKey());
		}
		return (cell.text() == null) ? "" : cell.text();
	}

	byte[] write() {
		String title = msg("report.export.title", String.valueOf(this.report.year()));
		Spec spec = new Spec(title, this.record, PdfLayout.STANDARD,
				(n) -> (n == 1) ? "" : msg("report.export.page", String.valueOf(n)));
		return PdfDocuments.render(spec, (doc) -> {
			doc.writer().setStrictImageSequence(true);
			doc.writer().setPageEvent(new PdfPageEventHelper() {
				@Override
				public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String text) {
					AnnualReportPdfWriter.this.pages.putIfAbsent(text, writer.getPageNumber());
				}
			});
			cover(doc, title);
			contents(doc);
			int total = this.report.sections().size();
			int done = 0;
			for (int part = 1; part <= 3; part++) {
				doc.document().newPage();
				partHeading(doc, part);
				int n = 0;
				for (Section section : sections(part)) {
					section(doc, section, ++n);
					this.progress.accept(++done * 100 / Math.max(1, total));
				}
				if (part == 3) {
					measures(doc, n);
				}
			}
		});
	}

	// ---------------------------------------------------------------- cover, contents

	/**
	 * The issuing body in red over a red line, the title in the display face, the scope,
	 * the edition and the generation time, and the date low on the page.
	 */
	private void cover(Pdf doc, String title) throws DocumentException {
		if (this.issuer.isBlank()) {
			doc.space(150);
		}
		else {
			Gongwen.header(doc, this.issuer, null);
			doc.space(80);
		}
		Paragraph heading = doc.text(Float.NaN, title, doc.font(Face.SONG_BOLD, 24, Font.NORMAL));
		heading.setAlignment(Element.ALIGN_CENTER);
		heading.setSpacingAfter(36);
		doc.add(heading);
		AnnualReport.Scope scope = this.report.scope();
		String scopeName = (scope.name() == null || scope.name().isBlank()) ? msg("report.export.scope.all")
				: scope.name();
		centred(doc, scopeName, doc.font(15, Font.NORMAL), 80);
		centred(doc, (this.version == null) ? msg("report.export.live")
				: msg("report.export.version", String.valueOf(this.version)), doc.body, 8);
		DateTimeFormatter times = DateTimeFormatter.ofPattern(msg("report.export.dateFormat"), this.locale)
			.withZone(this.owner.zone);
		centred(doc, msg("report.export.generated", times.format(this.report.generatedAt())), doc.body, 8);
		DateTimeFormatter dates = DateTimeFormatter.ofPattern(msg("report.export.cover.dateFormat"), this.locale)
			.withZone(this.owner.zone);
		Document document = doc.document();
		doc.showText(doc.writer().getDirectContent(), dates.format(this.report.generatedAt()),
				doc.font(Gongwen.BODY, Font.NORMAL), Element.ALIGN_CENTER, (document.left() + document.right()) / 2,
				document.bottom() + 90, 0);
	}

	private void centred(Pdf doc, String text, Font font, float after) throws DocumentException {
		Paragraph p = doc.text(Float.NaN, text, font);
		p.setAlignment(Element.ALIGN_CENTER);
		p.setSpacingAfter(after);
		doc.add(p);
	}

	private void contents(Pdf doc) throws DocumentException {
		doc.document().newPage();
		doc.title(msg("report.export.contents"));
		doc.space(6);
		for (int part = 1; part <= 3; part++) {
			tocLine(doc, partTitle(part), "part-" + part, doc.bold, 0);
			int n = 0;
			for (Section section : sections(part)) {
				tocLine(doc, sectionTitle(section, ++n), "section-" + section.key(), doc.body, 18);
			}
			if (part == 3 && hasMeasures()) {
				tocLine(doc, measuresTitle(n + 1), "section-measures", doc.body, 18);
			}
		}
	}

	private void tocLine(Pdf doc, String text, String anchor, Font font, float indent) throws DocumentException {
		Integer page = this.pages.get(anchor);
		Paragraph line = new Paragraph(20, "", font);
		line.setIndentationLeft(indent);
		for (Chunk title : doc.chunks(text, font)) {
			title.setLocalGoto(anchor);
			line.add(title);
		}
		DottedLineSeparator dots = new DottedLineSeparator();
		dots.setGap(3);
		dots.setLineColor(Color.GRAY);
		line.add(new Chunk(dots));
		// the same width in both passes: a page number has at most three digits here
		line.addAll(doc.chunks((page == null) ? "000" : String.valueOf(page), font));
		doc.add(line);
	}

	private String partTitle(int part) {
		return msg(PART_NUMERALS[part]);
	}

	private String sectionTitle(Section section, int n) {
		return msg("report.export.section", AnnualReportPdf.numeral(n, this.locale), msg(section.titleKey()));
	}

	private List<Section> sections(int part) {
		return this.report.sections().stream().filter((s) -> s.part() == part).toList();
	}

	private boolean hasMeasures() {
		return !this.report.measures().isBlank();
	}

	private String measuresTitle(int n) {
		return msg("report.export.section", AnnualReportPdf.numeral(n, this.locale), msg("report.export.measures"));
	}

	/** A heading whose first chunk is a destination and records its page. */
	private Paragraph anchored(Pdf doc, String text, Font font, String anchor) {
		Paragraph p = new Paragraph(Float.NaN, "", font);
		List<Chunk> chunks = doc.chunks(text, font);
		if (!chunks.isEmpty()) {
			chunks.get(0).setGenericTag(anchor);
			chunks.get(0).setLocalDestination(anchor);
		}
		p.addAll(chunks);
		return p;
	}

	private void partHeading(Pdf doc, int part) throws DocumentException {
		Paragraph p = anchored(doc, partTitle(part), doc.font(17, Font.BOLD), "part-" + part);
		p.setSpacingAfter(10);
		doc.add(p);
	}

	// ---------------------------------------------------------------- sections

	/**
	 * Starts a new page when less than {@code points} are left on this one, so that a
	 * heading or caption is not left alone at the foot of a page.
	 */
	private void needRoom(Pdf doc, float points) {
		float left = doc.writer().getVerticalPosition(true) - doc.document().bottom();
		if (left < points) {
			doc.document().newPage();
		}
	}

	private void section(Pdf doc, Section section, int n) throws DocumentException {
		needRoom(doc, 150);
		Paragraph heading = anchored(doc, sectionTitle(section, n), doc.heading, "section-" + section.key());
		heading.setSpacingBefore(12);
		heading.setSpacingAfter(6);
		doc.add(heading);
		if (!section.figures().isEmpty()) {
			figures(doc, section.figures());
		}
		for (Table table : section.tables()) {
			table(doc, table);
		}
		for (Chart chart : section.charts()) {
			chart(doc, chart);
		}
		for (Note note : section.notes()) {
			// part 3's notes are suggestions: a bulleted list, as on the page
			doc.paragraph(((section.part() == 3) ? "• " : "") + msg(note.messageKey(), note.args().toArray()));
		}
	}

	private void measures(Pdf doc, int sectionsInPart) throws DocumentException {
		if (!hasMeasures()) {
			return;
		}
		needRoom(doc, 100);
		Paragraph heading = anchored(doc, measuresTitle(sectionsInPart + 1), doc.heading, "section-measures");
		heading.setSpacingBefore(12);
		heading.setSpacingAfter(6);
		doc.add(heading);
		for (String para : this.report.measures().split("\\R+")) {
			if (!para.isBlank()) {
				doc.paragraph(para.strip());
			}
		}
	}

	private void figures(Pdf doc, List<Figure> figures) throws DocumentException {
		int year = this.report.year();
		PdfPTable table = doc.table(new float[] { 5f, 1.6f, 1.6f, 1.6f }, msg("report.export.col.figure"),
				msg("report.export.col.year", String.valueOf(year)),
				msg("report.export.col.year", String.valueOf(year - 1)), msg("report.export.col.change"));
		for (Figure f : figures) {
			table.addCell(doc.cell(msg(f.labelKey()), doc.small));
			table.addCell(number(doc, AnnualReportPdf.plain(f.value())));
			table.addCell(number(doc, (f.previous() == null) ? "—" : AnnualReportPdf.plain(f.previous())));
			table.addCell(number(doc, AnnualReportPdf.change(f.change())));
		}
		table.setKeepTogether(figures.size() <= 20);
		doc.add(table);
	}

	private PdfPCell number(Pdf doc, String text) {
		PdfPCell cell = doc.cell(text, doc.small);
		cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
		return cell;
	}

	private void table(Pdf doc, Table t) throws DocumentException {
		caption(doc, msg(t.titleKey()));
		if (t.rows().isEmpty()) {
			Paragraph none = doc.text(16, msg("report.export.none"), doc.small);
			none.setSpacingAfter(8);
			doc.add(none);
			return;
		}
		int columns = t.columnKeys().size();
		String[] headers = new String[columns];
		boolean[] numeric = new boolean[columns];
		for (int c = 0; c < columns; c++) {
			headers[c] = msg(t.columnKeys().get(c));
			numeric[c] = true;
		}
		List<String[]> rows = new ArrayList<>(t.rows().size());
		for (List<Cell> row : t.rows()) {
			String[] texts = new String[columns];
			for (int c = 0; c < columns; c++) {
				Cell cell = (c < row.size()) ? row.get(c) : Cell.text("");
				texts[c] = label(cell);
				numeric[c] &= cell.number() != null;
			}
			rows.add(texts);
		}
		float[] widths = columnWidths(doc, headers, rows, numeric);
		PdfPTable table = doc.table(widths, headers);
		for (String[] texts : rows) {
			for (int c = 0; c < columns; c++) {
				table.addCell(numeric[c] ? number(doc, texts[c]) : doc.cell(texts[c], doc.small));
			}
		}
		doc.add(table);
	}

	/**
	 * Column widths in points: each column as wide as its longest text where the page
	 * allows; otherwise numbers and short columns keep their width (and headers their
	 * line) and the long text columns share the rest and wrap.
	 */
	private float[] columnWidths(Pdf doc, String[] headers, List<String[]> rows, boolean[] numeric) {
		Font font = doc.small;
		float padding = 12;
		int columns = headers.length;
		float[] natural = new float[columns];
		float[] minimum = new float[columns];
		for (int c = 0; c < columns; c++) {
			float header = doc.width(headers[c], font) + padding;
			float widest = header;
			for (String[] row : rows) {
				widest = Math.max(widest, doc.width(row[c], font) + padding);
			}
			natural[c] = widest;
			minimum[c] = numeric[c] ? widest : Math.min(widest, Math.max(header, 70));
		}
		float available = doc.document().right() - doc.document().left();
		float total = 0;
		float least = 0;
		for (int c = 0; c < columns; c++) {
			total += natural[c];
			least += minimum[c];
		}
		if (total <= available || least >= available) {
			return (total <= available) ? natural : minimum;
		}
		float[] widths = new float[columns];
		float spare = available - least;
		float wanted = total - least;
		for (int c = 0; c < columns; c++) {
			widths[c] = minimum[c] + spare * (natural[c] - minimum[c]) / wanted;
		}
		return widths;
	}

	private void caption(Pdf doc, String text) throws DocumentException {
		needRoom(doc, 90);
		Paragraph p = doc.text(16, text, doc.bold);
		p.setSpacingBefore(6);
		doc.add(p);
	}

	// ---------------------------------------------------------------- charts

	private void chart(Pdf doc, Chart chart) throws DocumentException {
		Document document = doc.document();
		float width = document.right() - document.left();
		Image image = Image.getInstance(new AnnualReportChart(doc, chart, this).draw(width));
		image.setAlignment(Image.MIDDLE);
		PdfPTable box = new PdfPTable(1);
		box.setWidthPercentage(100);
		box.setKeepTogether(true);
		box.setSpacingBefore(6);
		box.setSpacingAfter(10);
		PdfPCell title = doc.cell(msg(chart.titleKey()), doc.bold);
		title.setBorder(Rectangle.NO_BORDER);
		title.setPaddingLeft(0);
		box.addCell(title);
		PdfPCell picture = new PdfPCell(image, false);
		picture.setBorder(Rectangle.NO_BORDER);
		picture.setPadding(0);
		box.addCell(picture);
		doc.add(box);
	}

}
