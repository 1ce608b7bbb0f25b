package org.lianjian.shared.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * The one way the portal writes a spreadsheet: a streaming workbook (SXSSF, a window of
 * rows in memory, the rest on disk) with the portal's styles and typed cells. Dates and
 * times are real spreadsheet dates, numbers are numbers, and text is a text cell with the
 * text format, so a value such as {@code =1+1} stays text and never becomes a formula.
 * Lists use it through {@link XlsxTable}; documents of several sheets (the annual report,
 * the unit ledger with its drop-down lists) use it directly, writing each sheet's rows in
 * order.
 */
public final class XlsxBook implements AutoCloseable {

	/** Excel's format of a date cell. */
	public static final String DATE_FORMAT = "yyyy-mm-dd";

	/** Excel's format of a date-and-time cell. */
	public static final String DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm";

	private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);

	private final CellStyle date;

	private final CellStyle dateTime;

	private final CellStyle text;

	private final CellStyle header;

	private final CellStyle title;

	/** Starts an empty workbook. */
	public XlsxBook() {
		this.date = format(DATE_FORMAT);
		this.dateTime = format(DATE_TIME_FORMAT);
		this.text = format("@");
		this.header = format("@");
		Font bold = this.workbook.createFont();
		bold.setBold(true);
		this.header.setFont(bold);
		this.header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		this.header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		this.header.setBorderBottom(BorderStyle.THIN);
		this.title = this.workbook.createCellStyle();
		Font big = this.workbook.createFont();
		big.setBold(true);
		big.setFontHeightInPoints((short) 13);
		this.title.setFont(big);
	}

	private CellStyle format(String format) {
		CellStyle style = this.workbook.createCellStyle();
		style.setDataFormat(this.workbook.createDataFormat().getFormat(format));
		return style;
	}

	/**
	 * Adds a sheet.
	 * @param name its name
	 * @return the sheet
	 */
	public Sheet sheet(String name) {
		return this.workbook.createSheet(name);
	}

	/**
	 * Writes a row of bold headers and freezes the rows above and including it and the
	 * given columns.
	 * @param sheet the sheet
	 * @param rowIndex the header row's index
	 * @param headers the texts
	 * @param frozenColumns columns kept in view when scrolling sideways
	 * @return the row
	 */
	public Row headers(Sheet sheet, int rowIndex, List<String> headers, int frozenColumns) {
		Row row = headers(sheet.createRow(rowIndex), headers);
		sheet.createFreezePane(frozenColumns, rowIndex + 1);
		return row;
	}

	/**
	 * Fills a row with bold headers, not frozen (a table further down a sheet).
	 * @param row the row
	 * @param headers the texts
	 * @return the row
	 */
	public Row headers(Row row, List<String> headers) {
		for (int i = 0; i < headers.size(); i++) {
			Cell cell = row.createCell(i);
			cell.setCellValue(headers.get(i));
			cell.setCellStyle(this.header);
		}
		return row;
	}

	/**
	 * Writes a title in a larger bold font.
	 * @param row the row
	 * @param column the column
	 * @param text the title
	 */
	public void title(Row row, int column, String text) {
		Cell cell = row.createCell(column);
		cell.setCellValue(text);
		cell.setCellStyle(this.title);
	}

	/**
	 * Writes a label in the header style.
	 * @param row the row
	 * @param column the column
	 * @param text the label
	 */
	public void label(Row row, int column, String text) {
		Cell cell = row.createCell(column);
		cell.setCellValue(text);
		cell.setCellStyle(this.header);
	}

	/**
	 * Writes a cell of the value's type: {@link LocalDate} a date, {@link LocalDateTime}
	 * a date and time, {@link Number} a number, null nothing, anything else text.
	 * @param row the row
	 * @param column the column
	 * @param value the value
	 */
	public void cell(Row row, int column, @Nullable Object value) {
		if (value == null) {
			return;
		}
		Cell cell = row.createCell(column);
		if (value instanceof LocalDate d) {
			cell.setCellValue(d);
			cell.setCellStyle(this.date);
		}
		else if (value instanceof LocalDateTime t) {
			cell.setCellValue(t);
			cell.setCellStyle(this.dateTime);
		}
		else if (value instanceof Number n) {
			cell.setCellValue(n.doubleValue());
		}
		else {
			cell.setCellValue(value.toString());
			cell.setCellStyle(this.text);
		}
	}

	/**
	 * Sets column widths.
	 * @param sheet the sheet
	 * @param widths widths in characters, from the first column
	 */
	public static void widths(Sheet sheet, int... widths) {
		for (int i = 0; i < widths.length; i++) {
			sheet.setColumnWidth(i, widths[i] * 256);
		}
	}

	/**
	 * The text style, for a column's default (cells typed in later stay text).
	 * @return the style
	 */
	public CellStyle textStyle() {
		return this.text;
	}

	/**
	 * The date style, for a column's default.
	 * @return the style
	 */
	public CellStyle dateStyle() {
		return this.date;
	}

	/**
	 * The workbook, for what this class does not cover (data validation, hidden sheets).
	 * @return the workbook
	 */
	public SXSSFWorkbook workbook() {
		return this.workbook;
	}

	/**
	 * The workbook as an .xlsx file.
	 * @return the file
	 */
	public byte[] toBytes() {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			this.workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		this.workbook.dispose();
		try {
			this.workbook.close();
		}
		catch (IOException ex) {
			// nothing left to release
		}
	}

}
