package org.lianjian.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The figures and text of one year's regional party-building report, in a shape every
 * output reads: the page, the PDF, the XLSX and a finalised snapshot (stored as JSON) all
 * render this one value, so their figures cannot drift apart.
 *
 * <p>
 * Labels are message keys (resolved by each output in the reader's language); data that
 * has no key (unit names, brand names) is plain text in {@link Cell#text()}.
 *
 * @param year the report year
 * @param scope whose report this is
 * @param sections the sections in reading order; {@link Section#part()} says which of the
 * article's three parts (1 做法与成效, 2 问题与原因, 3 对策与思考) each belongs to
 * @param measures the part-3 text as staff saved it (or the suggested text when none is
 * saved yet)
 * @param generatedAt when the figures were computed
 */
public record AnnualReport(int year, Scope scope, List<Section> sections, String measures, Instant generatedAt) {

	/**
	 * Whose report: the whole sub-district, an organisation subtree or one unit.
	 *
	 * @param kind ALL, ORGANISATION or UNIT
	 * @param id the organisation or unit id, null for ALL
	 * @param name display name of the organisation or unit, null for ALL
	 */
	public record Scope(String kind, @Nullable Long id, @Nullable String name) {
	}

	/**
	 * One section of the report.
	 *
	 * @param key stable identifier (used for anchors, XLSX sheet order and tests), e.g.
	 * {@code structure}, {@code agreements}, {@code sleeping}
	 * @param part 1, 2 or 3
	 * @param titleKey message key of the section title
	 * @param figures headline figures with the previous year's value
	 * @param tables tables of rows (part 2's evidence lists are tables too)
	 * @param charts charts drawn from the same numbers
	 * @param notes message keys with arguments, e.g. part 3's suggestions
	 */
	public record Section(String key, int part, String titleKey, List<Figure> figures, List<Table> tables,
			List<Chart> charts, List<Note> notes) {
	}

	/**
	 * A figure for the year and the year before.
	 *
	 * @param key stable identifier, unique within the report, e.g. {@code agreements.new}
	 * @param labelKey message key of the label
	 * @param value this year's value
	 * @param previous the previous year's value, null where it has no meaning
	 */
	public record Figure(String key, String labelKey, BigDecimal value, @Nullable BigDecimal previous) {

		/** This year minus the previous year, or null. */
		public @Nullable BigDecimal change() {
			return this.previous == null ? null : this.value.subtract(this.previous);
		}

		/**
		 * What the change since the previous year means: decided here, per figure, so the
		 * page colours an arrow by meaning and not by direction (more terminated
		 * agreements is bad).
		 * @return good, bad, neutral or none (no previous year)
		 */
		public Trend trend() {
			return Trend.of(this.key, change());
		}

	}

	/**
	 * A table of rows.
	 *
	 * @param key stable identifier, unique within the report
	 * @param titleKey message key of the caption
	 * @param columnKeys message keys of the column headings
	 * @param rows the rows; each has one cell per column
	 */
	public record Table(String key, String titleKey, List<String> columnKeys, List<List<Cell>> rows) {
	}

	/**
	 * One table cell: a number, a message key, or plain text (exactly one is set).
	 *
	 * @param text plain text (names)
	 * @param messageKey a message key (enum labels such as activity types)
	 * @param number a number (counts, hours, percentages)
	 */
	public record Cell(@Nullable String text, @Nullable String messageKey, @Nullable BigDecimal number) {

		public static Cell text(@Nullable String text) {
			return new Cell(text == null ? "" : text, null, null);
		}

		public static Cell key(String messageKey) {
			return new Cell(null, messageKey, null);
		}

		public static Cell number(@Nullable BigDecimal number) {
			return new Cell(null, null, number == null ? BigDecimal.ZERO : number);
		}

		public static Cell number(long number) {
			return new Cell(null, null, BigDecimal.valueOf(number));
		}

	}

	/**
	 * A chart.
	 *
	 * @param key stable identifier, e.g. {@code chart.agreements-by-year}
	 * @param titleKey message key of the title
	 * @param kind BAR (vertical), HBAR (horizontal, for ranked names) or LINE
	 * @param categories the category axis labels (as cells: text or message key)
	 * @param series one or more series over the categories
	 */
	public record Chart(String key, String titleKey, String kind, List<Cell> categories, List<Series> series) {
	}

	/**
	 * A series of values, one per category.
	 *
	 * @param nameKey message key of the series name
	 * @param values the values
	 */
	public record Series(String nameKey, List<BigDecimal> values) {
	}

	/**
	 * A sentence from a message key with arguments.
	 *
	 * @param messageKey the key
	 * @param args its arguments (numbers or text)
	 */
	public record Note(String messageKey, List<String> args) {
	}

}
