package org.residencedesk.ui.dashboard;

/**
 * One row of the list behind a dashboard number: a permit in a queue (acceptance number, name, masked ID number,
 * since when) or a staff member's or village's share of a figure (kind, name, value). {@code key} is the permit id
 * or the staff login / division code.
 */
public record DashboardRow(String key, String c1, String c2, String c3, String c4) {
}
