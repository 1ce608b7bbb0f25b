package org.lianjian.unit;

import java.io.Serializable;

/**
 * One problem in one row of an imported ledger.
 *
 * @param row the row number as the user sees it in Excel (the header is row 1)
 * @param column the column's header as written in the file, or empty for the whole row
 * @param message why, in the user's language
 */
public record ImportRowError(int row, String column, String message) implements Serializable {

}
