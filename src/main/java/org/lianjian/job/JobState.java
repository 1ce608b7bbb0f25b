package org.lianjian.job;

/**
 * Where a background job stands.
 */
public enum JobState {

	/** Stored with its input, not started: an upload waiting to be confirmed. */
	WAITING,

	/** Running on one of the portal's job threads. */
	RUNNING,

	/** Finished; its result is kept. */
	SUCCEEDED,

	/** Ended without a result, or interrupted by a restart; its error code says why. */
	FAILED;

	/** Whether the job has ended, one way or the other. */
	public boolean finished() {
		return this == SUCCEEDED || this == FAILED;
	}

}
