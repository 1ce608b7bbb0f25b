package org.lianjian.job;

import java.util.UUID;

/**
 * What a running job's work gets: its id, its input, and a way to report progress.
 */
public interface JobContext {

	UUID id();

	/** The input stored with the job (an uploaded file), or an empty array. */
	byte[] input();

	/**
	 * Reports progress. Written at once, in its own transaction, so the owner's page sees
	 * it while the work's own transaction is still open.
	 * @param done units done
	 * @param total units in all
	 */
	void progress(int done, int total);

}
