package org.lianjian.unit;

import java.io.Serializable;
import java.util.List;

/**
 * What an uploaded ledger would do, before anything is written.
 *
 * @param token identifies the upload kept on the server until it is committed
 * @param fileName the name of the uploaded file, for display
 * @param rows data rows read (blank rows are skipped)
 * @param toCreate valid rows that match no unit
 * @param toUpdate valid rows that match a unit and change it
 * @param unchanged valid rows that match a unit and change nothing
 * @param errors every invalid row's problems, by row and column
 */
public record ImportPreview(String token, String fileName, int rows, int toCreate, int toUpdate, int unchanged,
		List<ImportRowError> errors) implements Serializable {

	/** Rows with at least one problem. */
	public long invalidRows() {
		return this.errors.stream().mapToInt(ImportRowError::row).distinct().count();
	}

	/** Whether the import may be committed: some rows and no problems. */
	public boolean committable() {
		return this.errors.isEmpty() && this.rows > 0;
	}

}
