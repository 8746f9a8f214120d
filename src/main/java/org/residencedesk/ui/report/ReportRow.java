package org.residencedesk.ui.report;

/**
 * One row of a table in the 报表 area: up to five texts. In the figure table: the figure's label and its values
 * (this period, previous, last year) with its full key; in the detail table: a staff member's or a village's
 * value, or an overdue item (acceptance number, name, masked ID number, village, day due).
 */
public record ReportRow(String key, String c1, String c2, String c3, String c4, String c5) {
}
