package org.lianjian.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.lianjian.report.AnnualReport.Cell;
import org.lianjian.report.AnnualReport.Chart;
import org.lianjian.report.AnnualReport.Figure;
import org.lianjian.report.AnnualReport.Note;
import org.lianjian.report.AnnualReport.Section;
import org.lianjian.shared.export.XlsxTable;
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
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			new Writer(workbook, report, version, locale).write();
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
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

		private final Workbook workbook;

		private final AnnualReport report;

		private final @Nullable Integer version;

		private final Locale locale;

		private final CellStyle title;

		private final CellStyle header;

		private final Set<String> sheetNames = new HashSet<>();

		Writer(Workbook workbook, AnnualReport report, @Nullable Integer version, Locale locale) {
			this.workbook = workbook;
			this.report = report;
			this.version = version;
			this.locale = locale;
			XSSFFont bold = (XSSFFont) workbook.createFont();
			bold.setBold(true);
			this.title = workbook.createCellStyle();
			XSSFFont big = (XSSFFont) workbook.createFont();
			big.setBold(true);
			big.setFontHeightInPoints((short) 13);
			this.title.setFont(big);
			this.header = workbook.createCellStyle();
			this.header.setFont(bold);
			this.header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			this.header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
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
				text(sheet.createRow(r++), 0, msg("report.export.measures"), this.title);
				for (String para : this.report.measures().split("\\R+")) {
					if (!para.isBlank()) {
						text(sheet.createRow(r++), 0, para.strip(), null);
					}
				}
				sheet.setColumnWidth(0, 100 * 256);
			}
			units();
		}

		private Sheet sheet(String name) {
			return this.workbook.createSheet(sheetName(name, this.sheetNames));
		}

		private void about() {
			Sheet sheet = sheet(msg("report.export.sheet.info"));
			String name = msg("report.export.title", String.valueOf(this.report.year()));
			int r = 0;
			text(sheet.createRow(r++), 0, name, this.title);
			Row year = sheet.createRow(r++);
			text(year, 0, msg("report.export.info.year"), this.header);
			year.createCell(1).setCellValue(this.report.year());
			AnnualReport.Scope scope = this.report.scope();
			pair(sheet.createRow(r++), msg("report.export.info.scope"),
					(scope.name() == null || scope.name().isBlank()) ? msg("report.export.scope.all") : scope.name());
			pair(sheet.createRow(r++), msg("report.export.info.version"), (this.version == null)
					? msg("report.export.live") : msg("report.export.version", String.valueOf(this.version)));
			Row generated = sheet.createRow(r++);
			text(generated, 0, msg("report.export.info.generated"), this.header);
			org.apache.poi.ss.usermodel.Cell when = generated.createCell(1);
			when.setCellValue(LocalDateTime.ofInstant(this.report.generatedAt(), AnnualReportXlsx.this.zone));
			CellStyle dateTime = this.workbook.createCellStyle();
			dateTime.setDataFormat(this.workbook.createDataFormat().getFormat(XlsxTable.DATE_TIME_FORMAT));
			dateTime.setAlignment(HorizontalAlignment.LEFT);
			when.setCellStyle(dateTime);
			sheet.setColumnWidth(0, 16 * 256);
			sheet.setColumnWidth(1, 50 * 256);
		}

		private void pair(Row row, String label, String value) {
			text(row, 0, label, this.header);
			text(row, 1, value, null);
		}

		private void section(Section section) {
			String name = msg(section.titleKey());
			Sheet sheet = sheet(name);
			int r = 0;
			text(sheet.createRow(r++), 0, name, this.title);
			Row part = sheet.createRow(r++);
			text(part, 0, msg("report.export.info.section"), this.header);
			text(part, 1, msg("report.export.part." + section.part()), null);
			if (!section.figures().isEmpty()) {
				r++;
				int year = this.report.year();
				headers(sheet.createRow(r++),
						List.of(msg("report.export.col.figure"), msg("report.export.col.year", String.valueOf(year)),
								msg("report.export.col.year", String.valueOf(year - 1)),
								msg("report.export.col.change")));
				for (Figure f : section.figures()) {
					Row row = sheet.createRow(r++);
					text(row, 0, msg(f.labelKey()), null);
					number(row, 1, f.value());
					number(row, 2, f.previous());
					number(row, 3, f.change());
				}
			}
			for (Table table : section.tables()) {
				r++;
				text(sheet.createRow(r++), 0, msg(table.titleKey()), this.title);
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
					text(sheet.createRow(r++), 0, msg(note.messageKey(), note.args().toArray()), null);
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
			text(sheet.createRow(r++), 0, msg(chart.titleKey()), this.title);
			List<String> heads = new ArrayList<>();
			heads.add(msg("report.export.col.category"));
			chart.series().forEach((s) -> heads.add(msg(s.nameKey())));
			headers(sheet.createRow(r++), heads);
			for (int i = 0; i < chart.categories().size(); i++) {
				Row row = sheet.createRow(r++);
				text(row, 0, label(chart.categories().get(i)), null);
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
			for (int c = 0; c < texts.size(); c++) {
				text(row, c, texts.get(c), this.header);
			}
		}

		private void text(Row row, int column, String text, @Nullable CellStyle style) {
			org.apache.poi.ss.usermodel.Cell cell = row.createCell(column);
			cell.setCellValue(text);
			if (style != null) {
				cell.setCellStyle(style);
			}
		}

		private void number(Row row, int column, @Nullable BigDecimal value) {
			if (value != null) {
				row.createCell(column).setCellValue(value.doubleValue());
			}
		}

		private void cell(Row row, int column, Cell cell) {
			if (cell.number() != null) {
				number(row, column, cell.number());
			}
			else {
				text(row, column, label(cell), null);
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
