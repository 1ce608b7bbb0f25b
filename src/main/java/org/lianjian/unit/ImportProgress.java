package org.lianjian.unit;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * How far a committed ledger import has got, and once finished, what it did.
 *
 * @param token the import
 * @param total rows to write
 * @param done rows written so far
 * @param finished whether the import has ended, one way or the other
 * @param succeeded whether it ended with everything written
 * @param created units created
 * @param updated units changed
 * @param unchanged rows that matched a unit and changed nothing
 * @param errors the first rows found invalid when committing (nothing was written)
 * @param errorCount the problems found when committing, in all
 * @param failure why nothing was written, when it failed
 * @param interrupted whether a restart of the portal cut it short (it may be started
 * again)
 */
public record ImportProgress(String token, int total, int done, boolean finished, boolean succeeded, int created,
		int updated, int unchanged, List<ImportRowError> errors, int errorCount, @Nullable String failure,
		boolean interrupted) {

	/** Share done, 0 to 100. */
	public int percent() {
		return this.total == 0 ? (this.finished ? 100 : 0) : (int) Math.min(100, this.done * 100L / this.total);
	}

	/** Problems not shown. */
	public int hiddenErrors() {
		return Math.max(0, this.errorCount - this.errors.size());
	}

}
