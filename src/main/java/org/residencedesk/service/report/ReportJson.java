package org.residencedesk.service.report;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.residencedesk.port.report.FigureUnit;

/**
 * The report as one JSON object (README.md, 报表 JSON): {@code figures.<group>.<figure>} with the same numbers the
 * PDF prints (fees as yuan with two decimals), {@code previous} and {@code lastYear} for period statistics (flow
 * figures only), {@code byStaff} and {@code byDivision} keyed by login and division code, the overdue lists
 * without names (acceptance number, masked ID number, village/community, day due) and the daily {@code trend}.
 */
final class ReportJson {
    private ReportJson() {
    }

    static String write(Report r) {
        StringBuilder b = new StringBuilder("{");
        field(b, "report", r.kind().jsonName());
        b.append(',');
        field(b, "from", r.from().toString());
        b.append(',');
        field(b, "to", r.to().toString());
        b.append(',');
        field(b, "generatedAt", DateTimeFormatter.ISO_INSTANT.format(r.generatedAt()));
        b.append(",\"figures\":");
        figures(b, r, 0);
        if (r.compared()) {
            b.append(',');
            field(b, "previousFrom", r.previousFrom().toString());
            b.append(',');
            field(b, "previousTo", r.previousTo().toString());
            b.append(",\"previous\":");
            figures(b, r, 1);
            b.append(',');
            field(b, "lastYearFrom", r.lastYearFrom().toString());
            b.append(',');
            field(b, "lastYearTo", r.lastYearTo().toString());
            b.append(",\"lastYear\":");
            figures(b, r, 2);
        }
        b.append(",\"byStaff\":");
        breakdown(b, r, r.byStaff());
        b.append(",\"byDivision\":");
        breakdown(b, r, r.byDivision());
        b.append(",\"pastPromisedDate\":");
        overdue(b, r.pastPromisedDate());
        b.append(",\"collectionOverdue\":");
        overdue(b, r.collectionOverdue());
        b.append(",\"trend\":{\"days\":[");
        List<String> days = r.trend().days().stream().map(d -> quote(d.toString())).toList();
        b.append(String.join(",", days)).append(']');
        r.trend().series().forEach((key, values) -> b.append(',').append(quote(key)).append(":[")
                .append(String.join(",", values.stream().map(String::valueOf).toList())).append(']'));
        b.append("}}");
        return b.toString();
    }

    /** which: 0 the report's days, 1 the previous period, 2 last year (stock figures left out for 1 and 2). */
    private static void figures(StringBuilder b, Report r, int which) {
        b.append('{');
        boolean firstGroup = true;
        for (FigureGroupResult g : r.groups()) {
            if (!firstGroup) {
                b.append(',');
            }
            firstGroup = false;
            b.append(quote(g.id())).append(":{");
            boolean first = true;
            for (FigureValue f : g.figures()) {
                Long v = which == 0 ? Long.valueOf(f.value()) : which == 1 ? f.previous() : f.lastYear();
                if (v == null) {
                    continue;
                }
                if (!first) {
                    b.append(',');
                }
                first = false;
                b.append(quote(f.key())).append(':').append(value(f.unit(), v));
            }
            b.append('}');
        }
        b.append('}');
    }

    /** A number as the PDF prints it; an instant as an ISO instant in quotes, or null for never. */
    private static String value(FigureUnit unit, long v) {
        if (unit == FigureUnit.INSTANT) {
            return v == 0 ? "null" : quote(DateTimeFormatter.ISO_INSTANT.format(java.time.Instant.ofEpochSecond(v)));
        }
        return ReportSheets.format(unit, v);
    }

    private static void breakdown(StringBuilder b, Report r, List<BreakdownRow> rows) {
        b.append('{');
        for (int i = 0; i < rows.size(); i++) {
            BreakdownRow row = rows.get(i);
            if (i > 0) {
                b.append(',');
            }
            b.append(quote(row.code())).append(":{");
            field(b, "name", row.name());
            for (Map.Entry<String, Long> e : row.values().entrySet()) {
                FigureUnit unit = r.figure(e.getKey()).map(FigureValue::unit).orElse(FigureUnit.COUNT);
                b.append(',').append(quote(e.getKey())).append(':').append(ReportSheets.format(unit, e.getValue()));
            }
            b.append('}');
        }
        b.append('}');
    }

    private static void overdue(StringBuilder b, List<OverdueRow> rows) {
        b.append('[');
        for (int i = 0; i < rows.size(); i++) {
            OverdueRow row = rows.get(i);
            if (i > 0) {
                b.append(',');
            }
            b.append('{');
            field(b, "acceptanceNumber", row.acceptanceNumber());
            b.append(',');
            field(b, "idNumber", row.maskedIdNumber());
            b.append(',');
            field(b, "division", row.division());
            b.append(',');
            field(b, "dueOn", row.dueOn().toString());
            b.append('}');
        }
        b.append(']');
    }

    private static void field(StringBuilder b, String name, String value) {
        b.append(quote(name)).append(':').append(value == null ? "null" : quote(value));
    }

    static String quote(String s) {
        StringBuilder q = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\r' -> q.append("\\r");
                case '\t' -> q.append("\\t");
                default -> {
                    if (c < 0x20) {
                        q.append(String.format("\\u%04x", (int) c));
                    } else {
                        q.append(c);
                    }
                }
            }
        }
        return q.append('"').toString();
    }
}
