package org.lianjian.shared.export;

import java.util.List;

/**
 * CSV that a spreadsheet opens as data, never as formulas (OWASP "CSV injection"): a
 * field starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return is written with a leading {@code '}, and every field is quoted as RFC 4180 says.
 */
public final class CsvText {

	private static final String TRIGGERS = "=+-@\t\r";

	private CsvText() {
	}

	/**
	 * A value as it may stand in a CSV field: guarded, not yet quoted.
	 * @param value the value
	 * @return the value, with {@code '} before a leading formula character
	 */
	public static String guard(String value) {
		return (!value.isEmpty() && TRIGGERS.indexOf(value.charAt(0)) >= 0) ? "'" + value : value;
	}

	/**
	 * A field read back from a CSV that {@link #guard} wrote: without the guard.
	 * @param field the field as read
	 * @return the value
	 */
	public static String unguard(String field) {
		return (field.length() > 1 && field.charAt(0) == '\'' && TRIGGERS.indexOf(field.charAt(1)) >= 0)
				? field.substring(1) : field;
	}

	/**
	 * Appends one record: each value guarded, quoted, quotes doubled, fields separated by
	 * commas, ended by CRLF.
	 * @param out where to append
	 * @param values the record's values
	 */
	public static void appendRecord(StringBuilder out, List<String> values) {
		for (int i = 0; i < values.size(); i++) {
			if (i > 0) {
				out.append(',');
			}
			out.append('"').append(guard(values.get(i)).replace("\"", "\"\"")).append('"');
		}
		out.append("\r\n");
	}

}
