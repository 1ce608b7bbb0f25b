package org.lianjian.job;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a job's owner may see of it, without its input or result bytes.
 *
 * @param id the job's id (random, unguessable)
 * @param kind what sort of job it is, e.g. {@code unit-import}
 * @param label what the owner calls it, e.g. the uploaded file's name
 * @param state where it stands
 * @param done units of work done so far (rows, pages)
 * @param total units of work in all, 0 while unknown
 * @param errorCode why it failed, as a message key (read in the viewer's language)
 * @param createdAt when it was stored
 * @param updatedAt when it last changed
 */
public record JobView(UUID id, String kind, String label, JobState state, int done, int total,
		@Nullable String errorCode, Instant createdAt, Instant updatedAt) {

	/** Share done, 0 to 100. */
	public int percent() {
		return this.total == 0 ? (this.state.finished() ? 100 : 0) : (int) Math.min(100, this.done * 100L / this.total);
	}

	/** Whether it was cut short by a restart of the portal and may be started again. */
	public boolean interrupted() {
		return this.state == JobState.FAILED && JobService.INTERRUPTED.equals(this.errorCode);
	}

}
