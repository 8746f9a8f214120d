package org.residencedesk.service.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.residencedesk.domain.DateFormats;
import org.residencedesk.port.report.FigureUnit;
import org.residencedesk.port.report.ReportSheet;
import org.residencedesk.port.report.ReportSheet.Line;
import org.residencedesk.port.report.ReportSheet.Style;

/**
 * Lays a {@link Report} out for the PDF and the XLSX: the figure groups, the breakdowns per staff member and per
 * village/community, the overdue lists (ID numbers masked) and, for period statistics, the trend and comparison
 * charts. Every number is formatted by {@link #format}, the same text {@link ReportJson} writes as a number.
 */
public final class ReportSheets {
    /** Periods longer than this are charted by month instead of by day. */
    static final int DAILY_CHART_DAYS = 62;
    private static final ZoneId STATION_ZONE = ZoneId.of("Asia/Shanghai");

    private ReportSheets() {
    }

    public static ReportSheet of(Report r) {
        boolean compared = r.compared();
        List<String> header = new ArrayList<>();
        header.add(compared
                ? ReportTexts.text("report.sheet.period", DateFormats.CHINESE_DATE.format(r.from()),
                        DateFormats.CHINESE_DATE.format(r.to()))
                : ReportTexts.text("report.sheet.day", DateFormats.CHINESE_DATE.format(r.from())));
        if (compared) {
            header.add(ReportTexts.text("report.sheet.comparedWith", range(r.previousFrom(), r.previousTo()),
                    range(r.lastYearFrom(), r.lastYearTo())));
        }
        header.add(ReportTexts.text("report.sheet.madeBy", r.operatorName(),
                DateFormats.DATE_TIME.format(r.generatedAt().atZone(ZoneId.of("Asia/Shanghai")))));
        List<String> columns = compared
                ? List.of(ReportTexts.text("report.column.item"), ReportTexts.text("report.column.period"),
                        ReportTexts.text("report.column.previous"), ReportTexts.text("report.column.lastYear"))
                : List.of(ReportTexts.text("report.column.item"), ReportTexts.text("report.column.day"), "", "");
        List<Line> lines = new ArrayList<>();
        for (FigureGroupResult g : r.groups()) {
            lines.add(new Line(Style.SECTION, g.label(), null, null, null));
            for (FigureValue f : g.figures()) {
                lines.add(new Line(Style.FIGURE, f.label(), format(f.unit(), f.value()),
                        f.previous() == null ? (compared ? "—" : null) : format(f.unit(), f.previous()),
                        f.lastYear() == null ? (compared ? "—" : null) : format(f.unit(), f.lastYear())));
            }
        }
        breakdown(lines, r, "report.section.byStaff", r.byStaff());
        breakdown(lines, r, "report.section.byDivision", r.byDivision());
        overdue(lines, "report.section.pastPromisedDate", r.pastPromisedDate());
        overdue(lines, "report.section.collectionOverdue", r.collectionOverdue());
        String title = ReportTexts.text(compared ? "report.title.period" : "report.title.daily", r.stationName());
        return new ReportSheet(r.kind().templateId(), title, header, columns, lines,
                compared ? charts(r) : List.of());
    }

    /**
     * A figure's value as the documents show it: a count, fen as yuan with two decimals, or an instant as a station
     * date and time (无 for never).
     */
    public static String format(FigureUnit unit, long value) {
        if (unit == FigureUnit.INSTANT) {
            return value == 0 ? ReportTexts.text("report.never")
                    : DateFormats.DATE_TIME.format(java.time.Instant.ofEpochSecond(value).atZone(STATION_ZONE));
        }
        if (unit == FigureUnit.FEN) {
            return (value < 0 ? "-" : "") + Math.abs(value) / 100 + "." + String.format("%02d", Math.abs(value) % 100);
        }
        return Long.toString(value);
    }

    private static String range(LocalDate from, LocalDate to) {
        return DateFormats.CHINESE_DATE.format(from) + "—" + DateFormats.CHINESE_DATE.format(to);
    }

    private static void breakdown(List<Line> lines, Report r, String sectionKey, List<BreakdownRow> rows) {
        lines.add(new Line(Style.SECTION, ReportTexts.text(sectionKey), null, null, null));
        if (rows.isEmpty()) {
            lines.add(new Line(Style.ITEM, ReportTexts.text("report.none"), null, null, null));
        }
        for (BreakdownRow row : rows) {
            lines.add(new Line(Style.HEADING, ReportTexts.text("report.breakdown.name", row.name(), row.code()),
                    null, null, null));
            for (FigureValue f : r.figures()) {
                Long n = row.values().get(f.fullKey());
                if (n != null) {
                    lines.add(new Line(Style.ITEM, f.label(), format(f.unit(), n), null, null));
                }
            }
        }
    }

    private static void overdue(List<Line> lines, String sectionKey, List<OverdueRow> rows) {
        lines.add(new Line(Style.SECTION, ReportTexts.text(sectionKey, ReportBuilder.LIST_LIMIT), null, null, null));
        if (rows.isEmpty()) {
            lines.add(new Line(Style.ITEM, ReportTexts.text("report.none"), null, null, null));
        }
        for (OverdueRow row : rows) {
            lines.add(new Line(Style.ITEM, ReportTexts.text("report.overdue.row",
                    row.acceptanceNumber() == null ? "" : row.acceptanceNumber(), row.name(), row.maskedIdNumber(),
                    row.division()), DateFormats.CARD_DATE.format(row.dueOn()), null, null));
        }
    }

    private static List<ReportSheet.Chart> charts(Report r) {
        List<ReportSheet.Chart> charts = new ArrayList<>();
        Trend t = r.trend();
        boolean byMonth = t.days().size() > DAILY_CHART_DAYS;
        Map<String, Integer> slot = new LinkedHashMap<>();
        for (LocalDate d : t.days()) {
            slot.putIfAbsent(byMonth ? YearMonth.from(d).toString() : d.getMonthValue() + "-" + d.getDayOfMonth(),
                    slot.size());
        }
        List<ReportSheet.Series> series = new ArrayList<>();
        t.series().forEach((key, values) -> {
            long[] sums = new long[slot.size()];
            for (int i = 0; i < values.size(); i++) {
                LocalDate d = t.days().get(i);
                sums[slot.get(byMonth ? YearMonth.from(d).toString()
                        : d.getMonthValue() + "-" + d.getDayOfMonth())] += values.get(i);
            }
            series.add(new ReportSheet.Series(r.labelOf(key), java.util.Arrays.stream(sums).boxed().toList()));
        });
        charts.add(new ReportSheet.Chart(ReportSheet.ChartKind.LINE, ReportTexts.text(byMonth
                ? "report.chart.trendByMonth" : "report.chart.trendByDay"), ReportTexts.text("report.chart.count"),
                List.copyOf(slot.keySet()), series));
        List<String> categories = new ArrayList<>();
        List<Long> now = new ArrayList<>();
        List<Long> previous = new ArrayList<>();
        List<Long> lastYear = new ArrayList<>();
        for (FigureValue f : r.figures()) {
            if (!f.stock() && f.unit() == FigureUnit.COUNT && ReportBuilder.TREND.contains(f.fullKey())) {
                categories.add(f.label());
                now.add(f.value());
                previous.add(f.previous());
                lastYear.add(f.lastYear());
            }
        }
        charts.add(new ReportSheet.Chart(ReportSheet.ChartKind.BAR, ReportTexts.text("report.chart.comparison"),
                ReportTexts.text("report.chart.count"), categories,
                List.of(new ReportSheet.Series(ReportTexts.text("report.column.period"), now),
                        new ReportSheet.Series(ReportTexts.text("report.column.previous"), previous),
                        new ReportSheet.Series(ReportTexts.text("report.column.lastYear"), lastYear))));
        return charts;
    }
}
