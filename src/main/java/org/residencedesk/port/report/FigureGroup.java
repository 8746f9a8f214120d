package org.residencedesk.port.report;

import java.util.List;

/**
 * One group of report figures (登记, 申领, 制发证, 签注, 收费, 待办, 同步 …), each counted by aggregate SQL on
 * indexed columns, never by loading rows (ADR 0240). <b>Adding a group</b> (e.g. the outflow register's
 * 流出人口 new / returned) is one class implementing this in the adapter that owns the tables, its label keys in
 * {@code i18n/report.properties} and one line in the list {@code AppContext} hands to {@code ReportService};
 * the daily summary, the period statistics, the PDF, the XLSX, the JSON and the screen show it without
 * further change.
 */
public interface FigureGroup {

    /** The group's key: the JSON object name and the first part of every figure's full key ({@code registrations}). */
    String id();

    /** The bundle key of the group's Chinese heading. */
    String labelKey();

    /** The figures in display order. */
    List<FigureDefinition> figures();

    /**
     * Counts every figure over the window; stock figures as of {@code window.to()}. Runs inside the caller's
     * read transaction.
     */
    GroupCounts count(ReportWindow window);
}
