package org.lianjian.bench;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;

import org.jspecify.annotations.Nullable;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * The rows of one table in PostgreSQL's COPY text format, held in memory until they are
 * sent with {@link #copy(CopyManager)}. A connection runs one COPY at a time, so tables
 * are filled one after the other in foreign-key order.
 */
final class CopyBuffer {

	private static final int CHUNK = 1 << 20;

	private final String table;

	private final String columns;

	private final int width;

	private final StringBuilder text = new StringBuilder(1 << 16);

	private long rows;

	CopyBuffer(String table, String columns) {
		this.table = table;
		this.columns = columns;
		this.width = columns.split(",").length;
	}

	/** Whether the table's first column is an id (an identity column to reset). */
	boolean hasId() {
		return this.columns.startsWith("id,");
	}

	String table() {
		return this.table;
	}

	long rows() {
		return this.rows;
	}

	/**
	 * Adds a row; values are written with {@code toString()}, null as SQL null.
	 * @param values one value per column
	 */
	void row(@Nullable Object... values) {
		if (values.length != this.width) {
			throw new IllegalArgumentException(
					this.table + ": " + values.length + " values for " + this.width + " columns");
		}
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				this.text.append('\t');
			}
			Object v = values[i];
			if (v == null) {
				this.text.append("\\N");
			}
			else if (v instanceof BigDecimal d) {
				this.text.append(d.toPlainString());
			}
			else if (v instanceof Boolean b) {
				this.text.append(b ? 't' : 'f');
			}
			else if (v instanceof Number || v instanceof java.time.temporal.Temporal) {
				this.text.append(v);
			}
			else {
				escape(v.toString());
			}
		}
		this.text.append('\n');
		this.rows++;
	}

	private void escape(String s) {
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
				case '\\' -> this.text.append("\\\\");
				case '\t' -> this.text.append("\\t");
				case '\n' -> this.text.append("\\n");
				case '\r' -> this.text.append("\\r");
				default -> this.text.append(c);
			}
		}
	}

	/**
	 * Sends the rows to the table in chunks and forgets them.
	 * @param copy the connection's copy manager
	 * @return the number of rows sent
	 * @throws SQLException when PostgreSQL refuses a row
	 */
	long copy(CopyManager copy) throws SQLException {
		CopyIn in = copy.copyIn("COPY " + this.table + " (" + this.columns + ") FROM STDIN");
		try {
			int from = 0;
			while (from < this.text.length()) {
				int to = Math.min(this.text.length(), from + CHUNK);
				if (to < this.text.length() && Character.isHighSurrogate(this.text.charAt(to - 1))) {
					to--;
				}
				byte[] bytes = this.text.substring(from, to).getBytes(StandardCharsets.UTF_8);
				in.writeToCopy(bytes, 0, bytes.length);
				from = to;
			}
			in.endCopy();
		}
		finally {
			if (in.isActive()) {
				in.cancelCopy();
			}
		}
		this.text.setLength(0);
		this.text.trimToSize();
		return this.rows;
	}

}
