package org.lianjian.shared.export;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;

/**
 * One sheet of a list export, written as it goes ({@link XlsxBook}): a bold, frozen
 * header row, then one row per record with typed cells. A list declares its columns once
 * ({@link XlsxColumn}) and hands its rows to {@link #write} as it reads them
 * ({@link Rows}), so no list of every row is ever held.
 */
public final class XlsxTable implements AutoCloseable {

	/** Excel's format of a date cell. */
	public static final String DATE_FORMAT = XlsxBook.DATE_FORMAT;

	/** Excel's format of a date-and-time cell. */
	public static final String DATE_TIME_FORMAT = XlsxBook.DATE_TIME_FORMAT;

	/**
	 * Where a list export's rows come from: the list query hands each row to the table as
	 * it reads it ({@code org.lianjian.shared.sql.RowStream}). A {@link List}'s
	 * {@code forEach} is one too.
	 *
	 * @param <T> the row type
	 */
	@FunctionalInterface
	public interface Rows<T> {

		/**
		 * Hands every row, in list order, to the table.
		 * @param row takes one row
		 */
		void forEach(Consumer<? super T> row);

	}

	private final XlsxBook book = new XlsxBook();

	private final Sheet sheet;

	private int next;

	/**
	 * Starts a sheet with its header row.
	 * @param sheetName the sheet's name
	 * @param headers the column headers
	 * @param widths column widths in characters
	 */
	public XlsxTable(String sheetName, List<String> headers, int[] widths) {
		this.sheet = this.book.sheet(sheetName);
		this.book.headers(this.sheet, this.next++, headers, 0);
		XlsxBook.widths(this.sheet, widths);
	}

	/**
	 * A list export: the declared columns' headers in the reader's language, then one row
	 * per record.
	 * @param <T> the row type
	 * @param sheetKey the sheet name's message key
	 * @param columns the columns
	 * @param rows the records, in list order, handed over as they are read
	 * @param messages the messages
	 * @param locale the reader's language
	 * @return the .xlsx file
	 */
	public static <T> byte[] write(String sheetKey, List<XlsxColumn<T>> columns, Rows<T> rows, MessageSource messages,
			Locale locale) {
		List<String> headers = columns.stream().map((c) -> message(messages, c.headerKey(), locale)).toList();
		int[] widths = columns.stream().mapToInt(XlsxColumn::width).toArray();
		try (XlsxTable table = new XlsxTable(message(messages, sheetKey, locale), headers, widths)) {
			Object[] values = new Object[columns.size()];
			rows.forEach((row) -> {
				for (int c = 0; c < values.length; c++) {
					Object value = columns.get(c).value().apply(row);
					values[c] = (value instanceof XlsxColumn.Message m) ? message(messages, m.key(), locale) : value;
				}
				table.row(values);
			});
			return table.toBytes();
		}
	}

	private static String message(MessageSource messages, String key, Locale locale) {
		String text = messages.getMessage(key, null, key, locale);
		return (text != null) ? text : key;
	}

	/**
	 * Adds a row. Each value becomes a cell of its type ({@link XlsxBook#cell}).
	 * @param values the row's values, in column order
	 */
	public void row(@Nullable Object... values) {
		Row row = this.sheet.createRow(this.next++);
		for (int c = 0; c < values.length; c++) {
			this.book.cell(row, c, values[c]);
		}
	}

	/**
	 * The workbook as an .xlsx file.
	 * @return the file
	 */
	public byte[] toBytes() {
		return this.book.toBytes();
	}

	@Override
	public void close() {
		this.book.close();
	}

}
