package org.lianjian.job;

/**
 * The work of one job. It runs on a job thread, as the user who started the job and in
 * their language, inside one transaction that also marks the job done: either its writes
 * and the job's success commit together, or neither does.
 */
@FunctionalInterface
public interface JobWork {

	/**
	 * Does the work.
	 * @param context the job's input and progress reporting
	 * @return the result to keep with the job (may be empty)
	 * @throws JobFailure to fail the job with a message of its own (the transaction is
	 * rolled back); any other exception fails it with a general message
	 */
	byte[] run(JobContext context);

}
