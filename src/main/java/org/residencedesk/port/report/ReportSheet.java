package org.residencedesk.port.report;

import java.util.List;
import java.util.Objects;

/**
 * A report laid out for output, in Chinese and already formatted (ID numbers masked): a title, header lines,
 * four column headings, the lines of the figure tables and the charts. The same sheet becomes the PDF and the
 * XLSX, so both hold the same figures (ADR 0243).
 *
 * @param templateId the Jasper template under {@code print-templates/} ({@code daily-summary},
 *                   {@code period-statistics})
 */
public record ReportSheet(String templateId, String title, List<String> headerLines, List<String> columnHeadings,
                          List<Line> lines, List<Chart> charts) {

    public ReportSheet {
        Objects.requireNonNull(templateId, "templateId");
        headerLines = List.copyOf(headerLines);
        columnHeadings = List.copyOf(columnHeadings);
        lines = List.copyOf(lines);
        charts = List.copyOf(charts);
    }

    public enum Style { SECTION, HEADING, FIGURE, ITEM }

    /** One line: a label and up to three values (this period, previous period, same period last year). */
    public record Line(Style style, String label, String value, String previous, String lastYear) {
        public Line {
            Objects.requireNonNull(style, "style");
            label = label == null ? "" : label;
            value = value == null ? "" : value;
            previous = previous == null ? "" : previous;
            lastYear = lastYear == null ? "" : lastYear;
        }
    }

    public enum ChartKind { LINE, BAR }

    /** A chart: one value per category for each named series (series in order). */
    public record Chart(ChartKind kind, String title, String valueAxis, List<String> categories, List<Series> series) {
        public Chart {
            categories = List.copyOf(categories);
            series = List.copyOf(series);
        }
    }

    public record Series(String name, List<Long> values) {
        public Series {
            values = List.copyOf(values);
        }
    }
}
