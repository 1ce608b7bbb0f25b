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
 * @param errors rows found invalid when committing (nothing was written)
 * @param failure why nothing was written, when not for invalid rows
 */
public record ImportProgress(String token, int total, int done, boolean finished, boolean succeeded, int created,
		int updated, int unchanged, List<ImportRowError> errors, @Nullable String failure) {

	/** Share done, 0 to 100. */
	public int percent() {
		return this.total == 0 ? 100 : (int) Math.min(100, this.done * 100L / this.total);
	}

}
