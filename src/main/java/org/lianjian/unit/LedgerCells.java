package org.lianjian.unit;

import java.util.HashMap;
import java.util.Map;

/**
 * Keeps the text read from a ledger file within bounds, whatever the file's compression
 * hides: each cell is cut to {@link #MAX_CELL} characters (longer than any field allows,
 * so a cut cell still fails its length rule), equal texts share one string, and the file
 * as a whole may hold at most {@link #MAX_TOTAL} characters of distinct text.
 */
final class LedgerCells {

	/** Characters kept of one cell; every text field of a unit allows at most 200. */
	static final int MAX_CELL = 1000;

	/** Distinct text a file may hold, in characters (about 80 MB of heap). */
	static final long MAX_TOTAL = 40_000_000L;

	/** Cells counted before a file is refused for having too many cells. */
	static final long MAX_CELLS = 3_000_000L;

	private final Map<String, String> seen = new HashMap<>();

	private long total;

	private long cells;

	/**
	 * The text to keep for a cell.
	 * @param value the cell's text as read
	 * @return the same text, cut and shared
	 * @throws RejectedFile when the file holds more text than a ledger can
	 */
	String keep(String value) {
		if (++this.cells > MAX_CELLS) {
			throw new RejectedFile("unit.import.file.tooMuchText");
		}
		if (value.isEmpty()) {
			return "";
		}
		String cut = (value.length() > MAX_CELL) ? value.substring(0, MAX_CELL) : value;
		String kept = this.seen.get(cut);
		if (kept != null) {
			return kept;
		}
		this.total += cut.length();
		if (this.total > MAX_TOTAL) {
			throw new RejectedFile("unit.import.file.tooMuchText");
		}
		this.seen.put(cut, cut);
		return cut;
	}

}
