package org.residencedesk.service.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.residencedesk.port.printing.DocumentType;
import org.residencedesk.port.printing.PrintDocument;
import org.residencedesk.port.report.ReportDocuments;
import org.residencedesk.port.report.ReportSheet;

/**
 * A {@link ReportSheet} as the {@link PrintDocument} the printer and the print preview take (ADR 0345): the same
 * template, parameters and rows {@code JasperReportDocuments} fills for the PDF export, so the printed 日报 / 统计报表
 * holds exactly the exported figures; the charts are drawn once as images of the export's size.
 */
final class ReportSheetDocument {
    /** The charts' size in the PDF (the export's, {@code JasperReportDocuments}). */
    static final int CHART_WIDTH = 1030;
    static final int CHART_HEIGHT = 500;

    private ReportSheetDocument() {
    }

    static PrintDocument of(ReportSheet sheet, ReportDocuments charts) {
        DocumentType type = sheet.templateId().equals(DocumentType.DAILY_SUMMARY.templateId())
                ? DocumentType.DAILY_SUMMARY : DocumentType.PERIOD_STATISTICS;
        Map<String, Object> p = new HashMap<>();
        p.put("title", sheet.title());
        p.put("header", String.join("\n", sheet.headerLines()));
        for (int i = 0; i < 4; i++) {
            p.put("column" + i, i < sheet.columnHeadings().size() ? sheet.columnHeadings().get(i) : "");
        }
        for (int i = 0; i < sheet.charts().size() && i < 2; i++) {
            p.put("chart" + (i + 1), charts.chartImage(sheet.charts().get(i), CHART_WIDTH, CHART_HEIGHT));
        }
        List<Map<String, Object>> rows = sheet.lines().stream().<Map<String, Object>>map(line -> Map.of(
                "style", line.style().name(), "label", line.label(), "value", line.value(),
                "previous", line.previous(), "lastYear", line.lastYear())).toList();
        return PrintDocument.withRows(type, p, rows);
    }
}
