package org.lianjian.report;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.lianjian.shared.export.Numerals;
import org.lianjian.structure.StructureRole;
import org.lianjian.structure.StructureService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The annual report as an A4 PDF: a cover naming the issuing body and the date, a table
 * of contents with page numbers, the three parts with their figures (this year, last
 * year, change), tables whose header repeats on every page, charts drawn as vector
 * graphics from the same numbers, and page numbers in the footer.
 *
 * <p>
 * The document is laid out twice ({@link AnnualReportPdfWriter}): the first pass records
 * the page each heading lands on, the second writes those pages into the table of
 * contents. The contents list has the same lines in both passes, so it takes the same
 * room and the pages do not move.
 */
@Component
class AnnualReportPdf {

	private final MessageSource messages;

	/** The portal's zone, for the times on the cover. */
	final ZoneId zone;

	private final Supplier<String> issuer;

	@Autowired
	AnnualReportPdf(MessageSource messages, StructureService structure, Clock clock) {
		this(messages, () -> structure.holderOf(StructureRole.CORE).flatMap(structure::name).orElse(""),
				clock.getZone());
	}

	/**
	 * A renderer with a given issuing body.
	 * @param messages the labels
	 * @param issuer the issuing body's name, named on the cover (empty for none)
	 * @param zone the portal's zone
	 */
	AnnualReportPdf(MessageSource messages, Supplier<String> issuer, ZoneId zone) {
		this.messages = messages;
		this.issuer = issuer;
		this.zone = zone;
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
		String issuer = this.issuer.get();
		new AnnualReportPdfWriter(this, report, version, locale, issuer, pages, null,
				(p) -> progress.accept(p * 45 / 100))
			.write();
		byte[] pdf = new AnnualReportPdfWriter(this, report, version, locale, issuer, pages, record(report),
				(p) -> progress.accept(50 + p / 2))
			.write();
		progress.accept(100);
		return pdf;
	}

	/** "annual report 2025 ORGANISATION 12", for the warning about missing glyphs. */
	private static String record(AnnualReport report) {
		AnnualReport.Scope scope = report.scope();
		return "annual report " + report.year() + " " + scope.kind() + ((scope.id() != null) ? " " + scope.id() : "");
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

	/** 一 … 九十九 in Chinese, 1, 2 … otherwise. */
	static String numeral(int n, Locale locale) {
		return Numerals.of(n, locale);
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
