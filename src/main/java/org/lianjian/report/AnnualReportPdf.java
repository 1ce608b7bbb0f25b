package org.lianjian.report;

import java.awt.Color;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
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
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.DottedLineSeparator;
import org.jspecify.annotations.Nullable;
import org.lianjian.report.AnnualReport.Cell;
import org.lianjian.report.AnnualReport.Chart;
import org.lianjian.report.AnnualReport.Figure;
import org.lianjian.report.AnnualReport.Note;
import org.lianjian.report.AnnualReport.Section;
import org.lianjian.report.AnnualReport.Series;
import org.lianjian.report.AnnualReport.Table;
import org.lianjian.shared.export.PdfDocuments;
import org.lianjian.shared.export.PdfDocuments.Pdf;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The annual report as an A4 PDF: cover, table of contents with page numbers, the three
 * parts with their figures (this year, last year, change), tables whose header repeats on
 * every page, charts drawn as vector graphics from the same numbers, and page numbers in
 * the footer.
 *
 * <p>
 * The document is laid out twice: the first pass records the page each heading lands on,
 * the second writes those pages into the table of contents. The contents list has the
 * same lines in both passes, so it takes the same room and the pages do not move.
 */
@Component
class AnnualReportPdf {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	/** Series colours: party red first, then calm blues, amber, green. */
	private static final Color[] PALETTE = { new Color(0xB7, 0x1C, 0x1C), new Color(0x1F, 0x5F, 0x99),
			new Color(0xE0, 0x8E, 0x0B), new Color(0x2E, 0x7D, 0x32), new Color(0x6A, 0x4C, 0x93) };

	private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);

	private static final Color AXIS = new Color(0x55, 0x55, 0x55);

	private static final Color TEXT = new Color(0x33, 0x33, 0x33);

	private static final String[] PART_NUMERALS = { "", "report.export.part.1", "report.export.part.2",
			"report.export.part.3" };

	private final MessageSource messages;

	AnnualReportPdf(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * Renders a report.
	 * @param report the report
	 * @param version the snapshot version it comes from, or null for live data
	 * @param locale the reader's language
	 * @return the PDF
	 */
	byte[] render(AnnualReport report, @Nullable Integer version, Locale locale) {
		return render(report, version, locale, (percent) -> {
		});
	}

	/**
	 * Renders a report and reports progress.
	 * @param report the report
	 * @param version the snapshot version it comes from, or null for live data
	 * @param locale the reader's language
	 * @param progress receives 0–100 as the work goes on
	 * @return the PDF
	 */
	byte[] render(AnnualReport report, @Nullable Integer version, Locale locale, IntConsumer progress) {
		Map<String, Integer> pages = new HashMap<>();
		new Writer(report, version, locale, pages, (p) -> progress.accept(p * 45 / 100)).write();
		byte[] pdf = new Writer(report, version, locale, pages, (p) -> progress.accept(50 + p / 2)).write();
		progress.accept(100);
		return pdf;
	}

	String msg(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, key, locale);
	}

	/** A message argument that MessageFormat leaves alone (no digit grouping). */
	static String plain(@Nullable BigDecimal value) {
		if (value == null) {
			return "";
		}
		BigDecimal v = value.stripTrailingZeros();
		return (v.signum() == 0) ? "0" : v.toPlainString();
	}

	static String change(@Nullable BigDecimal change) {
		if (change == null) {
			return "—";
		}
		return (change.signum() > 0 ? "+" : "") + plain(change);
	}

	/** One pass over the document. */
	private final class Writer {

		private final AnnualReport report;

		private final @Nullable Integer version;

		private final Locale locale;

		/** Anchor → page: filled by the first pass, read by the second. */
		private final Map<String, Integer> pages;

		private final IntConsumer progress;

		private @Nullable Pdf pdf;

		Writer(AnnualReport report, @Nullable Integer version, Locale locale, Map<String, Integer> pages,
				IntConsumer progress) {
			this.report = report;
			this.version = version;
			this.locale = locale;
			this.pages = pages;
			this.progress = progress;
		}

		private String msg(String key, Object... args) {
			return AnnualReportPdf.this.msg(key, this.locale, args);
		}

		private String label(Cell cell) {
			if (cell.number() != null) {
				return plain(cell.number());
			}
			if (cell.messageKey() != null) {
				return msg(cell.messageKey());
			}
			return (cell.text() == null) ? "" : cell.text();
		}

		byte[] write() {
			String title = msg("report.export.title", String.valueOf(this.report.year()));
			return PdfDocuments.render(title, (n) -> (n == 1) ? "" : msg("report.export.page", String.valueOf(n)),
					(doc) -> {
						this.pdf = doc;
						doc.writer().setStrictImageSequence(true);
						doc.writer().setPageEvent(new PdfPageEventHelper() {
							@Override
							public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String text) {
								Writer.this.pages.putIfAbsent(text, writer.getPageNumber());
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

		// ------------------------------------------------------------ cover, contents

		private void cover(Pdf doc, String title) throws DocumentException {
			doc.space(150);
			Paragraph heading = new Paragraph(title, doc.font(24, Font.BOLD));
			heading.setAlignment(Element.ALIGN_CENTER);
			heading.setSpacingAfter(36);
			doc.add(heading);
			AnnualReport.Scope scope = this.report.scope();
			String scopeName = (scope.name() == null || scope.name().isBlank()) ? msg("report.export.scope.all")
					: scope.name();
			centred(doc, scopeName, doc.font(15, Font.NORMAL), 80);
			centred(doc, (this.version == null) ? msg("report.export.live")
					: msg("report.export.version", String.valueOf(this.version)), doc.body, 8);
			DateTimeFormatter dates = DateTimeFormatter.ofPattern(msg("report.export.dateFormat"), this.locale)
				.withZone(ZONE);
			centred(doc, msg("report.export.generated", dates.format(this.report.generatedAt())), doc.body, 8);
		}

		private void centred(Pdf doc, String text, Font font, float after) throws DocumentException {
			Paragraph p = new Paragraph(text, font);
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
			Chunk title = new Chunk(text, font);
			title.setLocalGoto(anchor);
			line.add(title);
			DottedLineSeparator dots = new DottedLineSeparator();
			dots.setGap(3);
			dots.setLineColor(Color.GRAY);
			line.add(new Chunk(dots));
			// the same width in both passes: a page number has at most three digits here
			line.add(new Chunk((page == null) ? "000" : String.valueOf(page), font));
			doc.add(line);
		}

		private String partTitle(int part) {
			return msg(PART_NUMERALS[part]);
		}

		private String sectionTitle(Section section, int n) {
			return msg("report.export.section", numeral(n, this.locale), msg(section.titleKey()));
		}

		private List<Section> sections(int part) {
			return this.report.sections().stream().filter((s) -> s.part() == part).toList();
		}

		private boolean hasMeasures() {
			return !this.report.measures().isBlank();
		}

		private String measuresTitle(int n) {
			return msg("report.export.section", numeral(n, this.locale), msg("report.export.measures"));
		}

		private Chunk anchored(String text, Font font, String anchor) {
			Chunk chunk = new Chunk(text, font);
			chunk.setGenericTag(anchor);
			chunk.setLocalDestination(anchor);
			return chunk;
		}

		private void partHeading(Pdf doc, int part) throws DocumentException {
			Paragraph p = new Paragraph(anchored(partTitle(part), doc.font(17, Font.BOLD), "part-" + part));
			p.setSpacingAfter(10);
			doc.add(p);
		}

		// ------------------------------------------------------------ sections

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
			Paragraph heading = new Paragraph(
					anchored(sectionTitle(section, n), doc.heading, "section-" + section.key()));
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
			Paragraph heading = new Paragraph(
					anchored(measuresTitle(sectionsInPart + 1), doc.heading, "section-measures"));
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
				table.addCell(number(doc, plain(f.value())));
				table.addCell(number(doc, (f.previous() == null) ? "—" : plain(f.previous())));
				table.addCell(number(doc, change(f.change())));
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
				Paragraph none = new Paragraph(16, msg("report.export.none"), doc.small);
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
			BaseFont font = doc.baseFont();
			float size = 9.5f;
			float padding = 12;
			int columns = headers.length;
			float[] natural = new float[columns];
			float[] minimum = new float[columns];
			for (int c = 0; c < columns; c++) {
				float header = font.getWidthPoint(headers[c], size) + padding;
				float widest = header;
				for (String[] row : rows) {
					widest = Math.max(widest, font.getWidthPoint(row[c], size) + padding);
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
			Paragraph p = new Paragraph(16, text, doc.bold);
			p.setSpacingBefore(6);
			doc.add(p);
		}

		// ------------------------------------------------------------ charts

		private void chart(Pdf doc, Chart chart) throws DocumentException {
			Document document = doc.document();
			float width = document.right() - document.left();
			Image image = Image.getInstance(new ChartDrawing(doc, chart).draw(width));
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

		/** Axes, grid, bars or lines and labels on a template of the content width. */
		private final class ChartDrawing {

			private final Pdf doc;

			private final Chart chart;

			private final BaseFont font;

			private final List<String> categories = new ArrayList<>();

			ChartDrawing(Pdf doc, Chart chart) {
				this.doc = doc;
				this.chart = chart;
				this.font = doc.baseFont();
				for (Cell c : chart.categories()) {
					this.categories.add(label(c));
				}
			}

			PdfTemplate draw(float width) {
				boolean horizontal = "HBAR".equals(this.chart.kind());
				boolean legend = this.chart.series().size() > 1;
				float height = horizontal ? Math.max(80, 16 * this.categories.size() + 40) : 196;
				height += legend ? 18 : 0;
				PdfContentByte cb = this.doc.writer().getDirectContent();
				PdfTemplate t = cb.createTemplate(width, height);
				// room above the plot for the value labels of the highest bars (and the
				// legend)
				float top = height - (legend ? 30 : 12);
				if (legend) {
					legend(t, width, height - 12);
				}
				if (this.categories.isEmpty() || this.chart.series().isEmpty()) {
					text(t, msg("report.export.noData"), width / 2, top / 2, 9, Element.ALIGN_CENTER, 0, TEXT);
				}
				else if (horizontal) {
					horizontal(t, width, top);
				}
				else {
					vertical(t, width, top, "LINE".equals(this.chart.kind()));
				}
				return t;
			}

			private void legend(PdfTemplate t, float width, float y) {
				float x = width;
				List<Series> series = this.chart.series();
				for (int s = series.size() - 1; s >= 0; s--) {
					String name = msg(series.get(s).nameKey());
					x -= this.font.getWidthPoint(name, 8) + 4;
					text(t, name, x, y, 8, Element.ALIGN_LEFT, 0, TEXT);
					x -= 12;
					t.setColorFill(PALETTE[s % PALETTE.length]);
					t.rectangle(x, y - 1, 8, 8);
					t.fill();
					x -= 10;
				}
			}

			private double max() {
				double max = 0;
				for (Series s : this.chart.series()) {
					for (BigDecimal v : s.values()) {
						max = Math.max(max, v.doubleValue());
					}
				}
				return max;
			}

			private void vertical(PdfTemplate t, float width, float top, boolean line) {
				Scale scale = scale(max());
				double max = scale.max();
				float left = 10 + this.font.getWidthPoint(plainDouble(max), 7) + 4;
				float n = this.categories.size();
				float slot = (width - left - 6) / n;
				boolean rotate = false;
				for (String c : this.categories) {
					rotate |= this.font.getWidthPoint(c, 7) > slot - 2;
				}
				float bottom = rotate ? 14 + longest(7) * 0.71f : 18;
				float plot = top - bottom;
				grid(t, left, bottom, width - 6, plot, scale);
				List<Series> series = this.chart.series();
				int ns = series.size();
				for (int s = 0; s < ns; s++) {
					Color colour = PALETTE[s % PALETTE.length];
					List<BigDecimal> values = series.get(s).values();
					float previousX = 0;
					float previousY = 0;
					for (int i = 0; i < this.categories.size() && i < values.size(); i++) {
						double v = values.get(i).doubleValue();
						float h = (float) (plot * v / max);
						if (line) {
							float x = left + slot * (i + 0.5f);
							float y = bottom + h;
							if (i > 0) {
								t.setColorStroke(colour);
								t.setLineWidth(1.5f);
								t.moveTo(previousX, previousY);
								t.lineTo(x, y);
								t.stroke();
							}
							t.setColorFill(colour);
							t.circle(x, y, 2.2f);
							t.fill();
							if (n <= 24) {
								text(t, plain(values.get(i)), x, y + 5, 6.5f, Element.ALIGN_CENTER, 0, TEXT);
							}
							previousX = x;
							previousY = y;
						}
						else {
							float group = slot * 0.7f;
							float bar = group / ns;
							float x = left + slot * i + (slot - group) / 2 + bar * s;
							t.setColorFill(colour);
							t.rectangle(x, bottom, bar, h);
							t.fill();
							if (n * ns <= 30) {
								text(t, plain(values.get(i)), x + bar / 2, bottom + h + 2, 6.5f, Element.ALIGN_CENTER,
										0, TEXT);
							}
						}
					}
				}
				for (int i = 0; i < this.categories.size(); i++) {
					float x = left + slot * (i + 0.5f);
					if (rotate) {
						text(t, this.categories.get(i), x + 2, bottom - 6, 7, Element.ALIGN_RIGHT, 45, TEXT);
					}
					else {
						text(t, this.categories.get(i), x, bottom - 11, 7, Element.ALIGN_CENTER, 0, TEXT);
					}
				}
			}

			private void horizontal(PdfTemplate t, float width, float top) {
				Scale scale = scale(max());
				double max = scale.max();
				int ticks = scale.ticks();
				float labels = Math.min(width * 0.38f, longest(7.5f) + 6);
				float left = labels + 4;
				float right = width - 30;
				float bottom = 16;
				float n = this.categories.size();
				float slot = (top - bottom) / n;
				// vertical grid
				for (int k = 0; k <= ticks; k++) {
					float x = left + (right - left) * k / ticks;
					t.setColorStroke(GRID);
					t.setLineWidth(0.5f);
					t.moveTo(x, bottom);
					t.lineTo(x, top);
					t.stroke();
					text(t, plainDouble(max * k / ticks), x, bottom - 10, 7, Element.ALIGN_CENTER, 0, AXIS);
				}
				List<Series> series = this.chart.series();
				int ns = series.size();
				for (int i = 0; i < this.categories.size(); i++) {
					float rowTop = top - slot * i;
					String name = fit(this.categories.get(i), 7.5f, labels - 4);
					text(t, name, labels, rowTop - slot / 2 - 2.5f, 7.5f, Element.ALIGN_RIGHT, 0, TEXT);
					float group = slot * 0.72f;
					float bar = group / ns;
					for (int s = 0; s < ns; s++) {
						List<BigDecimal> values = series.get(s).values();
						if (i >= values.size()) {
							continue;
						}
						float w = (float) ((right - left) * values.get(i).doubleValue() / max);
						float y = rowTop - (slot - group) / 2 - bar * (s + 1);
						t.setColorFill(PALETTE[s % PALETTE.length]);
						t.rectangle(left, y, w, bar);
						t.fill();
						text(t, plain(values.get(i)), left + w + 3, y + bar / 2 - 2.5f, 7, Element.ALIGN_LEFT, 0, TEXT);
					}
				}
				t.setColorStroke(AXIS);
				t.setLineWidth(0.8f);
				t.moveTo(left, bottom);
				t.lineTo(left, top);
				t.stroke();
			}

			private void grid(PdfTemplate t, float left, float bottom, float right, float plot, Scale scale) {
				int ticks = scale.ticks();
				for (int k = 0; k <= ticks; k++) {
					float y = bottom + plot * k / ticks;
					t.setColorStroke(k == 0 ? AXIS : GRID);
					t.setLineWidth(k == 0 ? 0.8f : 0.5f);
					t.moveTo(left, y);
					t.lineTo(right, y);
					t.stroke();
					text(t, plainDouble(scale.max() * k / ticks), left - 4, y - 2.5f, 7, Element.ALIGN_RIGHT, 0, AXIS);
				}
			}

			private float longest(float size) {
				float w = 0;
				for (String c : this.categories) {
					w = Math.max(w, this.font.getWidthPoint(c, size));
				}
				return w;
			}

			private String fit(String text, float size, float room) {
				if (this.font.getWidthPoint(text, size) <= room) {
					return text;
				}
				String s = text;
				while (s.length() > 1 && this.font.getWidthPoint(s + "…", size) > room) {
					s = s.substring(0, s.length() - 1);
				}
				return s + "…";
			}

			private void text(PdfTemplate t, String text, float x, float y, float size, int align, float rotation,
					Color colour) {
				t.beginText();
				t.setFontAndSize(this.font, size);
				t.setColorFill(colour);
				t.showTextAligned(align, text, x, y, rotation);
				t.endText();
			}

		}

	}

	/** 一 … 九十九 in Chinese, 1, 2 … otherwise. */
	static String numeral(int n, Locale locale) {
		if (!Locale.CHINESE.getLanguage().equals(locale.getLanguage()) || n < 1 || n > 99) {
			return String.valueOf(n);
		}
		String digits = "零一二三四五六七八九";
		int tens = n / 10;
		int ones = n % 10;
		String text = (tens == 0) ? "" : ((tens == 1) ? "十" : digits.charAt(tens) + "十");
		return (ones == 0) ? text : text + digits.charAt(ones);
	}

	/**
	 * The axis scale: 4 or 5 grid steps of 1, 2, 2.5 or 5 times a power of ten (whole
	 * steps for counts), whichever reaches the largest value with the least room to
	 * spare.
	 */
	record Scale(double max, int ticks) {
	}

	static Scale scale(double largest) {
		if (largest <= 0) {
			return new Scale(4, 4);
		}
		Scale best = null;
		for (int ticks = 4; ticks <= 5; ticks++) {
			double raw = largest / ticks;
			double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
			double step = 10 * magnitude;
			for (double f : new double[] { 1, 2, 2.5, 5 }) {
				if (f * magnitude >= raw && (f != 2.5 || magnitude >= 1)) {
					step = f * magnitude;
					break;
				}
			}
			if (step < 1 && largest >= 1) {
				step = 1;
			}
			if (best == null || step * ticks < best.max()) {
				best = new Scale(step * ticks, ticks);
			}
		}
		return best;
	}

	static String plainDouble(double value) {
		return plain(BigDecimal.valueOf(value));
	}

}
