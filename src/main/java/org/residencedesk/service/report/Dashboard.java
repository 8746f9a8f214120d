package org.residencedesk.service.report;

import java.time.LocalDate;
import java.util.List;

/**
 * The chief's 工作台 (ADR 0286): today's numbers, the queues that need action (stocks), the trend of the last
 * {@link ReportService#TREND_DAYS} days, and today's report itself for the lists behind the numbers (breakdowns,
 * overdue lists with masked ID numbers).
 */
public record Dashboard(LocalDate day, List<FigureValue> today, List<FigureValue> queues, Trend trend, Report report) {

    public Dashboard {
        today = List.copyOf(today);
        queues = List.copyOf(queues);
    }
}
