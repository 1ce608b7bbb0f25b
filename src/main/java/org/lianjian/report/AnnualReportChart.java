package org.lianjian.report;

import java.awt.Color;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import org.lianjian.report.AnnualReport.Cell;
import org.lianjian.report.AnnualReport.Chart;
import org.lianjian.report.AnnualReport.Series;
import org.lianjian.report.AnnualReportPdf.Scale;
import org.lianjian.shared.export.Pdf;

/**
 * One chart of the annual report's PDF: axes, grid, bars or lines and labels drawn as
 * vector graphics on a template of the content width. Labels (unit names among them) go
 * through the document's fonts like any other text.
 */
final class AnnualReportChart {

	/** Series colours: party red first, then calm blues, amber, green. */
	private static final Color[] PALETTE = { new Color(0xB7, 0x1C, 0x1C), new Color(0x1F, 0x5F, 0x99),
			new Color(0xE0, 0x8E, 0x0B), new Color(0x2E, 0x7D, 0x32), new Color(0x6A, 0x4C, 0x93) };

	private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);

	private static final Color AXIS = new Color(0x55, 0x55, 0x55);

	private static final Color TEXT = new Color(0x33, 0x33, 0x33);

	private final Pdf doc;

	private final Chart chart;

	private final AnnualReportPdfWriter writer;

	private final List<String> categories = new ArrayList<>();

	AnnualReportChart(Pdf doc, Chart chart, AnnualReportPdfWriter writer) {
		this.doc = doc;
		this.chart = chart;
		this.writer = writer;
		for (Cell c : chart.categories()) {
			this.categories.add(writer.label(c));
		}
	}

	PdfTemplate draw(float width) {
		boolean horizontal = "HBAR".equals(this.chart.kind());
		boolean legend = this.chart.series().size() > 1;
		float height = horizontal ? Math.max(80, 16 * this.categories.size() + 40) : 196;
		height += legend ? 18 : 0;
		PdfContentByte cb = this.doc.writer().getDirectContent();
		PdfTemplate t = cb.createTemplate(width, height);
		// room above the plot for the value labels of the highest bars (and the legend)
		float top = height - (legend ? 30 : 12);
		if (legend) {
			legend(t, width, height - 12);
		}
		if (this.categories.isEmpty() || this.chart.series().isEmpty()) {
			text(t, this.writer.msg("report.export.noData"), width / 2, top / 2, 9, Element.ALIGN_CENTER, 0, TEXT);
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
			String name = this.writer.msg(series.get(s).nameKey());
			x -= width(name, 8) + 4;
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
		Scale scale = AnnualReportPdf.scale(max());
		float left = 10 + width(AnnualReportPdf.plainDouble(scale.max()), 7) + 4;
		float slot = (width - left - 6) / this.categories.size();
		boolean rotate = false;
		for (String c : this.categories) {
			rotate |= width(c, 7) > slot - 2;
		}
		float bottom = rotate ? 14 + longest(7) * 0.71f : 18;
		Plot plot = new Plot(left, bottom, slot, top - bottom, scale.max());
		grid(t, left, bottom, width - 6, plot.height(), scale);
		List<Series> series = this.chart.series();
		for (int s = 0; s < series.size(); s++) {
			if (line) {
				line(t, plot, s);
			}
			else {
				bars(t, plot, s);
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

	/** Where a vertical chart's plot lies: its left and bottom, each category's slot. */
	private record Plot(float left, float bottom, float slot, float height, double max) {

		float height(BigDecimal value) {
			return (float) (this.height * value.doubleValue() / this.max);
		}

	}

	private void line(PdfTemplate t, Plot plot, int s) {
		Color colour = PALETTE[s % PALETTE.length];
		List<BigDecimal> values = this.chart.series().get(s).values();
		float previousX = 0;
		float previousY = 0;
		for (int i = 0; i < this.categories.size() && i < values.size(); i++) {
			float x = plot.left() + plot.slot() * (i + 0.5f);
			float y = plot.bottom() + plot.height(values.get(i));
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
			if (this.categories.size() <= 24) {
				text(t, AnnualReportPdf.plain(values.get(i)), x, y + 5, 6.5f, Element.ALIGN_CENTER, 0, TEXT);
			}
			previousX = x;
			previousY = y;
		}
	}

	private void bars(PdfTemplate t, Plot plot, int s) {
		int ns = this.chart.series().size();
		List<BigDecimal> values = this.chart.series().get(s).values();
		for (int i = 0; i < this.categories.size() && i < values.size(); i++) {
			float h = plot.height(values.get(i));
			float group = plot.slot() * 0.7f;
			float bar = group / ns;
			float x = plot.left() + plot.slot() * i + (plot.slot() - group) / 2 + bar * s;
			t.setColorFill(PALETTE[s % PALETTE.length]);
			t.rectangle(x, plot.bottom(), bar, h);
			t.fill();
			if (this.categories.size() * ns <= 30) {
				text(t, AnnualReportPdf.plain(values.get(i)), x + bar / 2, plot.bottom() + h + 2, 6.5f,
						Element.ALIGN_CENTER, 0, TEXT);
			}
		}
	}

	private void horizontal(PdfTemplate t, float width, float top) {
		Scale scale = AnnualReportPdf.scale(max());
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
			text(t, AnnualReportPdf.plainDouble(max * k / ticks), x, bottom - 10, 7, Element.ALIGN_CENTER, 0, AXIS);
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
				text(t, AnnualReportPdf.plain(values.get(i)), left + w + 3, y + bar / 2 - 2.5f, 7, Element.ALIGN_LEFT,
						0, TEXT);
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
			text(t, AnnualReportPdf.plainDouble(scale.max() * k / ticks), left - 4, y - 2.5f, 7, Element.ALIGN_RIGHT, 0,
					AXIS);
		}
	}

	private float longest(float size) {
		float w = 0;
		for (String c : this.categories) {
			w = Math.max(w, width(c, size));
		}
		return w;
	}

	/** The text, cut at a character boundary with "…" to fit the room. */
	private String fit(String text, float size, float room) {
		if (width(text, size) <= room) {
			return text;
		}
		String s = text;
		while (s.length() > 1 && width(s + "…", size) > room) {
			s = s.substring(0, s.offsetByCodePoints(s.length(), -1));
		}
		return s + "…";
	}

	private float width(String text, float size) {
		return this.doc.width(text, this.doc.font(size, Font.NORMAL));
	}

	private void text(PdfTemplate t, String text, float x, float y, float size, int align, float rotation,
			Color colour) {
		Font font = this.doc.font(size, Font.NORMAL);
		font.setColor(colour);
		this.doc.showText(t, text, font, align, x, y, rotation);
	}

}
