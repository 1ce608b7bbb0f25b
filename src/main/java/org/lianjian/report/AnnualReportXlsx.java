package org.lianjian.report;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.jspecify.annotations.Nullable;
import org.lianjian.report.AnnualReport.Cell;
import org.lianjian.report.AnnualReport.Chart;
import org.lianjian.report.AnnualReport.Figure;
import org.lianjian.report.AnnualReport.Note;
import org.lianjian.report.AnnualReport.Section;
import org.lianjian.shared.export.XlsxBook;
import org.lianjian.report.AnnualReport.Series;
import org.lianjian.report.AnnualReport.Table;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The annual report as a workbook of raw figures: an "about" sheet, one sheet per section
 * (figures with last year's value and the change, then each table, then each chart's
 * numbers), the part-3 text, and a sheet with one row per unit and every figure the
 * report has about it. Numbers are numeric cells; labels are in the reader's language.
 *
 * <p>
 * The unit sheet copies the report's {@code units} table when the report has one.
 * Otherwise it joins every table that has a unit column (a column whose key contains
 * {@code unit} and whose cells are names) on the unit's name: one column per other column
 * of those tables, headed "table: column".
 */
@Component
class AnnualReportXlsx {

	/** The key of a per-unit table, when the report has one. */
	static final String UNITS_TABLE = "units";

	private final MessageSource messages;

	private final ZoneId zone;

	AnnualReportXlsx(MessageSource messages, Clock clock) {
		this.messages = messages;
		this.zone = clock.getZone();
	}

	/**
	 * Writes a report.
	 * @param report the report
	 * @param version the snapshot version it comes from, or null for live data
	 * @param locale the reader's language
	 * @return the .xlsx file
	 */
	byte[] render(AnnualReport report, @Nullable Integer version, Locale locale) {
		try (XlsxBook book = new XlsxBook()) {
			new Writer(book, report, version, locale).write();
			return book.toBytes();
		}
	}

	/**
	 * The sheet name a section gets: its title without the characters Excel refuses, at
	 * most 31 characters, made unique with a number.
	 */
	static String sheetName(String title, Set<String> taken) {
		String base = WorkbookUtil.createSafeSheetName(title.isBlank() ? "-" : title, '_');
		String name = base;
		for (int i = 2; taken.contains(name.toLowerCase(Locale.ROOT)); i++) {
			String suffix = " (" + i + ")";
			name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
		}
		taken.add(name.toLowerCase(Locale.ROOT));
		return name;
	}

	private final class Writer {

		private final XlsxBook book;

		private final AnnualReport report;

		private final @Nullable Integer version;

		private final Locale locale;

		private final Set<String> sheetNames = new HashSet<>();

		Writer(XlsxBook book, AnnualReport report, @Nullable Integer version, Locale locale) {
			this.book = book;
			this.report = report;
			this.version = version;
			this.locale = locale;
		}

		private String msg(String key, Object... args) {
			return AnnualReportXlsx.this.messages.getMessage(key, args, key, this.locale);
		}

		private String label(Cell cell) {
			if (cell.messageKey() != null) {
				return msg(cell.messageKey());
			}
			return (cell.text() == null) ? "" : cell.text();
		}

		void write() {
			about();
			for (Section section : this.report.sections()) {
				section(section);
			}
			if (!this.report.measures().isBlank()) {
				Sheet sheet = sheet(msg("report.export.measures"));
				int r = 0;
				this.book.title(sheet.createRow(r++), 0, msg("report.export.measures"));
				for (String para : this.report.measures().split("\\R+")) {
					if (!para.isBlank()) {
						text(sheet.createRow(r++), 0, para.strip());
					}
				}
				sheet.setColumnWidth(0, 100 * 256);
			}
			units();
		}

		private Sheet sheet(String name) {
			return this.book.sheet(sheetName(name, this.sheetNames));
		}

		private void about() {
			Sheet sheet = sheet(msg("report.export.sheet.info"));
			String name = msg("report.export.title", String.valueOf(this.report.year()));
			int r = 0;
			this.book.title(sheet.createRow(r++), 0, name);
			Row year = sheet.createRow(r++);
			this.book.label(year, 0, msg("report.export.info.year"));
			year.createCell(1).setCellValue(this.report.year());
			AnnualReport.Scope scope = this.report.scope();
			pair(sheet.createRow(r++), msg("report.export.info.scope"),
					(scope.name() == null || scope.name().isBlank()) ? msg("report.export.scope.all") : scope.name());
			pair(sheet.createRow(r++), msg("report.export.info.version"), (this.version == null)
					? msg("report.export.live") : msg("report.export.version", String.valueOf(this.version)));
			Row generated = sheet.createRow(r++);
			this.book.label(generated, 0, msg("report.export.info.generated"));
			this.book.cell(generated, 1,
					LocalDateTime.ofInstant(this.report.generatedAt(), AnnualReportXlsx.this.zone));
			sheet.setColumnWidth(0, 16 * 256);
			sheet.setColumnWidth(1, 50 * 256);
		}

		private void pair(Row row, String label, String value) {
			this.book.label(row, 0, label);
			text(row, 1, value);
		}

		private void section(Section section) {
			String name = msg(section.titleKey());
			Sheet sheet = sheet(name);
			int r = 0;
			this.book.title(sheet.createRow(r++), 0, name);
			Row part = sheet.createRow(r++);
			this.book.label(part, 0, msg("report.export.info.section"));
			text(part, 1, msg("report.export.part." + section.part()));
			if (!section.figures().isEmpty()) {
				r++;
				int year = this.report.year();
				headers(sheet.createRow(r++),
						List.of(msg("report.export.col.figure"), msg("report.export.col.year", String.valueOf(year)),
								msg("report.export.col.year", String.valueOf(year - 1)),
								msg("report.export.col.change")));
				for (Figure f : section.figures()) {
					Row row = sheet.createRow(r++);
					text(row, 0, msg(f.labelKey()));
					number(row, 1, f.value());
					number(row, 2, f.previous());
					number(row, 3, f.change());
				}
			}
			for (Table table : section.tables()) {
				r++;
				this.book.title(sheet.createRow(r++), 0, msg(table.titleKey()));
				headers(sheet.createRow(r++), table.columnKeys().stream().map(this::msg).toList());
				for (List<Cell> cells : table.rows()) {
					Row row = sheet.createRow(r++);
					for (int c = 0; c < cells.size(); c++) {
						cell(row, c, cells.get(c));
					}
				}
			}
			for (Chart chart : section.charts()) {
				r = chart(sheet, r + 1, chart);
			}
			if (!section.notes().isEmpty()) {
				r++;
				for (Note note : section.notes()) {
					text(sheet.createRow(r++), 0, msg(note.messageKey(), note.args().toArray()));
				}
			}
			sheet.setColumnWidth(0, 36 * 256);
			for (int c = 1; c < 10; c++) {
				sheet.setColumnWidth(c, 16 * 256);
			}
		}

		/**
		 * A chart's data as a table from row {@code first}; answers the next free row.
		 */
		private int chart(Sheet sheet, int first, Chart chart) {
			int r = first;
			this.book.title(sheet.createRow(r++), 0, msg(chart.titleKey()));
			List<String> heads = new ArrayList<>();
			heads.add(msg("report.export.col.category"));
			chart.series().forEach((s) -> heads.add(msg(s.nameKey())));
			headers(sheet.createRow(r++), heads);
			for (int i = 0; i < chart.categories().size(); i++) {
				Row row = sheet.createRow(r++);
				text(row, 0, label(chart.categories().get(i)));
				for (int s = 0; s < chart.series().size(); s++) {
					Series series = chart.series().get(s);
					number(row, s + 1, (i < series.values().size()) ? series.values().get(i) : null);
				}
			}
			return r;
		}

		// ------------------------------------------------------------ units

		private void units() {
			Sheet sheet = sheet(msg("report.export.sheet.units"));
			Table units = null;
			for (Section section : this.report.sections()) {
				for (Table table : section.tables()) {
					if (UNITS_TABLE.equals(table.key())) {
						units = table;
					}
				}
			}
			List<String> heads = new ArrayList<>();
			List<List<Cell>> rows = new ArrayList<>();
			if (units != null) {
				units.columnKeys().forEach((k) -> heads.add(msg(k)));
				rows.addAll(units.rows());
			}
			else {
				joinUnitTables(heads, rows);
			}
			int r = 0;
			headers(sheet.createRow(r++), heads);
			for (List<Cell> cells : rows) {
				Row row = sheet.createRow(r++);
				for (int c = 0; c < cells.size(); c++) {
					cell(row, c, cells.get(c));
				}
			}
			sheet.createFreezePane(1, 1);
			sheet.setColumnWidth(0, 36 * 256);
			for (int c = 1; c < heads.size(); c++) {
				sheet.setColumnWidth(c, 18 * 256);
			}
		}

		/**
		 * One row per unit name, one column per column of every table with a unit column.
		 */
		private void joinUnitTables(List<String> heads, List<List<Cell>> rows) {
			heads.add(msg("report.export.col.unit"));
			Map<String, Map<Integer, Cell>> byUnit = new TreeMap<>();
			Map<String, Integer> columns = new LinkedHashMap<>();
			for (Section section : this.report.sections()) {
				for (Table table : section.tables()) {
					int unitColumn = unitColumn(table);
					if (unitColumn < 0) {
						continue;
					}
					String caption = msg(table.titleKey());
					for (List<Cell> cells : table.rows()) {
						String unit = label(cells.get(unitColumn));
						Map<Integer, Cell> values = byUnit.computeIfAbsent(unit, (u) -> new TreeMap<>());
						for (int c = 0; c < cells.size() && c < table.columnKeys().size(); c++) {
							if (c == unitColumn) {
								continue;
							}
							String head = caption + "：" + msg(table.columnKeys().get(c));
							int column = columns.computeIfAbsent(table.key() + "/" + c, (k) -> {
								heads.add(head);
								return heads.size() - 1;
							});
							// a unit listed twice in one table (one row per item): the
							// first value
							// stays, further texts are appended
							Cell now = cells.get(c);
							Cell before = values.putIfAbsent(column, now);
							if (before != null && before.number() == null && now.number() == null) {
								values.put(column, Cell.text(label(before) + "; " + label(now)));
							}
						}
					}
				}
			}
			byUnit.forEach((unit, values) -> {
				List<Cell> row = new ArrayList<>();
				row.add(Cell.text(unit));
				for (int c = 1; c < heads.size(); c++) {
					Cell cell = values.get(c);
					row.add((cell == null) ? Cell.text("") : cell);
				}
				rows.add(row);
			});
		}

		// ------------------------------------------------------------ cells

		private void headers(Row row, List<String> texts) {
			this.book.headers(row, texts);
		}

		private void text(Row row, int column, String text) {
			this.book.cell(row, column, text);
		}

		private void number(Row row, int column, @Nullable BigDecimal value) {
			this.book.cell(row, column, value);
		}

		private void cell(Row row, int column, Cell cell) {
			if (cell.number() != null) {
				number(row, column, cell.number());
			}
			else {
				text(row, column, label(cell));
			}
		}

	}

	/**
	 * The column holding unit names: the first whose key mentions {@code unit} and whose
	 * cells are all texts; -1 when the table has none.
	 */
	static int unitColumn(Table table) {
		for (int c = 0; c < table.columnKeys().size(); c++) {
			if (!table.columnKeys().get(c).toLowerCase(Locale.ROOT).contains("unit")) {
				continue;
			}
			boolean names = !table.rows().isEmpty();
			for (List<Cell> row : table.rows()) {
				names &= c < row.size() && row.get(c).text() != null;
			}
			if (names) {
				return c;
			}
		}
		return -1;
	}

}
