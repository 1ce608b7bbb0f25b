package org.lianjian.unit;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems found in a ledger, bounded: the first {@link #SHOWN} are kept (in row
 * order, as the rows are checked in order) and the rest only counted, so a file with tens
 * of thousands of bad rows costs no more memory, storage or page than one with two
 * hundred.
 */
final class ImportErrors {

	/** Problems kept and shown. */
	static final int SHOWN = 200;

	/**
	 * Characters of a cell echoed in a message; longer values are cut and end with "…".
	 */
	static final int ECHO = 50;

	private final List<ImportRowError> shown = new ArrayList<>();

	private int count;

	private int invalidRows;

	/**
	 * Adds the problems of one row.
	 * @param row the row's problems, in the order found
	 */
	void addRow(List<ImportRowError> row) {
		if (row.isEmpty()) {
			return;
		}
		this.invalidRows++;
		for (ImportRowError e : row) {
			this.count++;
			if (this.shown.size() < SHOWN) {
				this.shown.add(e);
			}
		}
	}

	List<ImportRowError> shown() {
		return List.copyOf(this.shown);
	}

	/** Problems in all, shown or not. */
	int count() {
		return this.count;
	}

	/** Rows with at least one problem. */
	int invalidRows() {
		return this.invalidRows;
	}

	boolean isEmpty() {
		return this.count == 0;
	}

	/**
	 * A cell's text as a message may echo it: at most {@link #ECHO} characters.
	 * @param value the cell
	 * @return the value, or its start followed by "…"
	 */
	static String echo(String value) {
		if (value.codePointCount(0, value.length()) <= ECHO) {
			return value;
		}
		return value.substring(0, value.offsetByCodePoints(0, ECHO)) + "…";
	}

}
