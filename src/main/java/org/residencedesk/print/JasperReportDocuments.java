package org.residencedesk.print;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;
import org.residencedesk.port.report.ReportDocuments;
import org.residencedesk.port.report.ReportSheet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link ReportDocuments} on JasperReports: the sheet's lines are the template's rows (style, label, value,
 * previous, lastYear), the title, header lines and column headings its parameters, the charts images drawn by
 * {@link ReportCharts} ({@code chart1}, {@code chart2}). PDF through Jasper's PDF exporter, XLSX through its XLSX
 * exporter (jasperreports-excel-poi) with number detection, so the sheet's figures are numbers in Excel.
 * Templates are compiled once per process. Logs the template id, never a value.
 */
public final class JasperReportDocuments implements ReportDocuments {
    private static final Logger LOG = LoggerFactory.getLogger(JasperReportDocuments.class);
    static final int CHART_WIDTH = 1030;
    static final int CHART_HEIGHT = 500;

    private final Map<String, JasperReport> compiled = new ConcurrentHashMap<>();

    @Override
    public void writePdf(ReportSheet sheet, OutputStream out) throws IOException {
        try {
            JasperExportManager.exportReportToPdfStream(fill(sheet), out);
        } catch (JRException | RuntimeException e) {
            LOG.error("report {} as PDF failed: {}", sheet.templateId(), e.getClass().getName());
            throw new IOException("report PDF failed", e);
        }
    }

    @Override
    public void writeXlsx(ReportSheet sheet, OutputStream out) throws IOException {
        try {
            JRXlsxExporter exporter = new JRXlsxExporter();
            exporter.setExporterInput(new SimpleExporterInput(fill(sheet)));
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
            SimpleXlsxReportConfiguration config = new SimpleXlsxReportConfiguration();
            config.setDetectCellType(true);
            config.setOnePagePerSheet(false);
            config.setRemoveEmptySpaceBetweenRows(true);
            config.setWhitePageBackground(false);
            config.setSheetNames(new String[] {sheet.title()});
            exporter.setConfiguration(config);
            exporter.exportReport();
        } catch (JRException | RuntimeException e) {
            LOG.error("report {} as XLSX failed: {}", sheet.templateId(), e.getClass().getName());
            throw new IOException("report XLSX failed", e);
        }
    }

    @Override
    public BufferedImage chartImage(ReportSheet.Chart chart, int width, int height) {
        return ReportCharts.draw(chart, width, height);
    }

    private JasperPrint fill(ReportSheet sheet) throws JRException {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put(JRParameter.REPORT_LOCALE, Locale.SIMPLIFIED_CHINESE);
        parameters.put("title", sheet.title());
        parameters.put("header", String.join("\n", sheet.headerLines()));
        for (int i = 0; i < 4; i++) {
            parameters.put("column" + i, i < sheet.columnHeadings().size() ? sheet.columnHeadings().get(i) : "");
        }
        for (int i = 0; i < sheet.charts().size() && i < 2; i++) {
            parameters.put("chart" + (i + 1), ReportCharts.draw(sheet.charts().get(i), CHART_WIDTH, CHART_HEIGHT));
        }
        List<Map<String, ?>> rows = new ArrayList<>();
        for (ReportSheet.Line line : sheet.lines()) {
            rows.add(Map.of("style", line.style().name(), "label", line.label(), "value", line.value(),
                    "previous", line.previous(), "lastYear", line.lastYear()));
        }
        return JasperFillManager.fillReport(template(sheet.templateId()), parameters,
                new JRMapCollectionDataSource(rows));
    }

    private JasperReport template(String id) throws JRException {
        JasperReport report = compiled.get(id);
        if (report == null) {
            String resource = TemplateCache.TEMPLATE_FOLDER + id + ".jrxml";
            byte[] source;
            try (InputStream in = JasperReportDocuments.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new JRException("Template not on classpath: " + resource);
                }
                source = in.readAllBytes();
            } catch (IOException e) {
                throw new JRException("Cannot read template " + resource, e);
            }
            report = JasperCompileManager.compileReport(new ByteArrayInputStream(source));
            compiled.put(id, report);
        }
        return report;
    }
}
