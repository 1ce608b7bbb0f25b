package org.lianjian.shared.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * One sheet of a list export, written as it goes (SXSSF, a window of rows in memory): a
 * bold, frozen header row, then one row per record with typed cells. Dates and times are
 * real spreadsheet dates with a date format, numbers are numbers, and text is a text cell
 * with the text format, so a value such as {@code =1+1} or {@code @SUM(A1)} stays text
 * and never becomes a formula.
 */
public final class XlsxTable implements AutoCloseable {

	/** Excel's format of a date cell. */
	public static final String DATE_FORMAT = "yyyy-mm-dd";

	/** Excel's format of a date-and-time cell. */
	public static final String DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm";

	private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);

	private final Sheet sheet;

	private final CellStyle date;

	private final CellStyle dateTime;

	private final CellStyle text;

	private int next;

	/**
	 * Starts a sheet with its header row.
	 * @param sheetName the sheet's name
	 * @param headers the column headers
	 * @param widths column widths in characters
	 */
	public XlsxTable(String sheetName, List<String> headers, int[] widths) {
		this.sheet = this.workbook.createSheet(sheetName);
		this.date = style(DATE_FORMAT);
		this.dateTime = style(DATE_TIME_FORMAT);
		this.text = style("@");
		CellStyle bold = this.workbook.createCellStyle();
		Font font = this.workbook.createFont();
		font.setBold(true);
		bold.setFont(font);
		Row header = this.sheet.createRow(this.next++);
		for (int i = 0; i < headers.size(); i++) {
			Cell cell = header.createCell(i);
			cell.setCellValue(headers.get(i));
			cell.setCellStyle(bold);
		}
		this.sheet.createFreezePane(0, 1);
		for (int i = 0; i < widths.length; i++) {
			this.sheet.setColumnWidth(i, widths[i] * 256);
		}
	}

	private CellStyle style(String format) {
		CellStyle style = this.workbook.createCellStyle();
		style.setDataFormat(this.workbook.createDataFormat().getFormat(format));
		return style;
	}

	/**
	 * Adds a row. Each value becomes a cell of its type: {@link LocalDate} a date,
	 * {@link LocalDateTime} a date and time, {@link Number} a number, null an empty cell,
	 * anything else text.
	 * @param values the row's values, in column order
	 */
	public void row(@Nullable Object... values) {
		Row row = this.sheet.createRow(this.next++);
		for (int c = 0; c < values.length; c++) {
			Object value = values[c];
			if (value == null) {
				continue;
			}
			Cell cell = row.createCell(c);
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
