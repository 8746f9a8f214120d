package org.residencedesk.service.collection;

/**
 * One problem of one imported row.
 *
 * @param row     the row's number as the spreadsheet shows it (the header is row 1)
 * @param field   the field id ({@code companions[0].idNumber} inside a group; {@code row} for the row as a whole)
 * @param message Chinese, the window's message for the same problem
 */
public record RowProblem(int row, String field, String message) {
}
