package org.residencedesk.service.report;

/** 日报 (one day) or 统计 (a period, with comparisons and charts). */
public enum ReportKind {
    DAILY("daily", "daily-summary"), PERIOD("period", "period-statistics");

    private final String jsonName;
    private final String templateId;

    ReportKind(String jsonName, String templateId) {
        this.jsonName = jsonName;
        this.templateId = templateId;
    }

    public String jsonName() {
        return jsonName;
    }

    public String templateId() {
        return templateId;
    }
}
