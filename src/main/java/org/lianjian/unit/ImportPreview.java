package org.lianjian.unit;

import java.util.List;

/**
 * What an uploaded ledger would do, before anything is written.
 *
 * @param token the upload's id, under which it waits to be confirmed
 * @param fileName the name of the uploaded file, for display
 * @param rows data rows read (blank rows are skipped)
 * @param toCreate valid rows that match no unit
 * @param toUpdate valid rows that match a unit and change it
 * @param unchanged valid rows that match a unit and change nothing
 * @param errors the first problems, by row and column (at most
 * {@link ImportErrors#SHOWN})
 * @param errorCount the problems in all
 * @param invalidRows rows with at least one problem
 */
public record ImportPreview(String token, String fileName, int rows, int toCreate, int toUpdate, int unchanged,
		List<ImportRowError> errors, int errorCount, int invalidRows) {

	/** Whether the import may be committed: some rows and no problems. */
	public boolean committable() {
		return this.errorCount == 0 && this.rows > 0;
	}

	/** Problems not shown. */
	public int hiddenErrors() {
		return Math.max(0, this.errorCount - this.errors.size());
	}

	ImportPreview withToken(String token) {
		return new ImportPreview(token, this.fileName, this.rows, this.toCreate, this.toUpdate, this.unchanged,
				this.errors, this.errorCount, this.invalidRows);
	}

}
