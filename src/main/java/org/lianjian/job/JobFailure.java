package org.lianjian.job;

import org.jspecify.annotations.Nullable;

/**
 * Thrown by a job's work to fail it with its own message (a message key) and, if it has
 * one, a result that explains the failure (for example the rows found invalid). The
 * work's transaction is rolled back.
 */
public class JobFailure extends RuntimeException {

	private final String errorCode;

	private final byte @Nullable [] result;

	public JobFailure(String errorCode, byte @Nullable [] result) {
		super(errorCode, null, false, false);
		this.errorCode = errorCode;
		this.result = result;
	}

	public String errorCode() {
		return this.errorCode;
	}

	public byte @Nullable [] result() {
		return this.result;
	}

}
