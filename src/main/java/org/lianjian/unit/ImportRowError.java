package org.lianjian.unit;

/**
 * One problem in one row of an imported ledger.
 *
 * @param row the row number as the user sees it in the spreadsheet (the header is row 1)
 * @param column the column's header as written in the file, or empty for the whole row
 * @param message why, in the user's language (a cell's text is echoed at most
 * {@link ImportErrors#ECHO} characters long)
 */
public record ImportRowError(int row, String column, String message) {

}
