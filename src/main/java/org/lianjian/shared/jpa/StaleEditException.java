package org.lianjian.shared.jpa;

/**
 * Thrown when a form was rendered with an older version than the one now stored.
 * Controllers turn it into a conflict message and keep the user's input on screen.
 */
public class StaleEditException extends RuntimeException {

	private final long expected;

	private final long actual;

	public StaleEditException(long expected, long actual) {
		super("stale edit: form version " + expected + ", stored version " + actual);
		this.expected = expected;
		this.actual = actual;
	}

	/**
	 * The database refused the save: another transaction saved the same version first,
	 * after this one had checked it (two saves at the same moment).
	 * @param expected the version the user's form was rendered with
	 * @param cause the optimistic-lock failure reported on flush
	 */
	public StaleEditException(long expected, RuntimeException cause) {
		super("stale edit: form version " + expected + " was saved by somebody else at the same time", cause);
		this.expected = expected;
		this.actual = expected + 1;
	}

	public long getExpected() {
		return this.expected;
	}

	public long getActual() {
		return this.actual;
	}

}
