package org.residencedesk.ui.dashboard;

/**
 * One number on the dashboard: the figure's full key ({@code work.awaitingReview}), its Chinese label, its value as
 * the reports print it, and whether a list stands behind it (the number is then a link).
 */
public record DashboardTile(String key, String label, String value, boolean drillable) {
}
