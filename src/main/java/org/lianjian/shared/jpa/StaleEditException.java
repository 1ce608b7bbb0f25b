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

	public long getExpected() {
		return this.expected;
	}

	public long getActual() {
		return this.actual;
	}

}
