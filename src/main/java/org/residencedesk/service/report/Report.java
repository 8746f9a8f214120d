package org.residencedesk.service.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A computed report (日报 or 统计): every figure group, the breakdowns per staff member and per
 * village/community, the overdue lists (ID numbers masked) and the daily trend. Period statistics also carry
 * the previous period and the same period last year (their days are {@code previousFrom..previousTo} and
 * {@code lastYearFrom..lastYearTo}).
 */
public record Report(ReportKind kind, LocalDate from, LocalDate to, Instant generatedAt, String stationName,
                     String operatorName, List<FigureGroupResult> groups, List<BreakdownRow> byStaff,
                     List<BreakdownRow> byDivision, List<OverdueRow> pastPromisedDate,
                     List<OverdueRow> collectionOverdue, Trend trend, LocalDate previousFrom, LocalDate previousTo,
                     LocalDate lastYearFrom, LocalDate lastYearTo) {

    public Report {
        groups = List.copyOf(groups);
        byStaff = List.copyOf(byStaff);
        byDivision = List.copyOf(byDivision);
        pastPromisedDate = List.copyOf(pastPromisedDate);
        collectionOverdue = List.copyOf(collectionOverdue);
    }

    /** Every figure in display order. */
    public List<FigureValue> figures() {
        return groups.stream().flatMap(g -> g.figures().stream()).toList();
    }

    /** The figure with this full key ({@code registrations.new}). */
    public Optional<FigureValue> figure(String fullKey) {
        return figures().stream().filter(f -> f.fullKey().equals(fullKey)).findFirst();
    }

    /** The label of a full figure key, for breakdown rows. */
    public String labelOf(String fullKey) {
        return figure(fullKey).map(FigureValue::label).orElse(fullKey);
    }

    public boolean compared() {
        return kind == ReportKind.PERIOD;
    }
}
