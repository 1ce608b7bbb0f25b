package org.lianjian.unit;

/**
 * A ledger file that cannot be used as a whole (empty, too large, not a spreadsheet,
 * without the ledger's columns): why, as a message key and its arguments.
 */
final class RejectedFile extends RuntimeException {

	final String code;

	final Object[] args;

	RejectedFile(String code, Object... args) {
		super(code, null, false, false);
		this.code = code;
		this.args = args;
	}

}
