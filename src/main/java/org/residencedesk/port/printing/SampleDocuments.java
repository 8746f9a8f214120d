package org.residencedesk.port.printing;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.residencedesk.domain.DateFormats;


/**
 * Test pages and the calibration card. The sample person is fictitious and marked 样张 (specimen);
 * its texts live in the {@code i18n.print} bundle under {@code print.sample.*}.
 */
public final class SampleDocuments {

    private static final DateTimeFormatter PRINTED_AT = DateFormats.DATE_TIME;

    private SampleDocuments() {
    }

    /** A complete specimen of the document type, with every parameter filled. */
    public static PrintDocument specimen(DocumentType type, LocalDateTime printedAt) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.print");
        Map<String, Object> parameters = new HashMap<>();
        for (String key : bundle.keySet()) {
            if (key.startsWith("print.sample.param.")) {
                parameters.put(key.substring("print.sample.param.".length()), bundle.getString(key));
            }
        }
        parameters.put("printedAt", PRINTED_AT.format(printedAt));
        if (type == DocumentType.MISSING_MATERIALS_NOTICE) {
            List<Map<String, Object>> rows = List.of(
                    Map.of("material", bundle.getString("print.sample.row1.material"),
                            "requirement", bundle.getString("print.sample.row1.requirement")),
                    Map.of("material", bundle.getString("print.sample.row2.material"),
                            "requirement", bundle.getString("print.sample.row2.requirement")));
            return PrintDocument.withRows(type, parameters, rows);
        }
        if (type == DocumentType.REMINDER_LETTER) {
            List<Map<String, Object>> rows = List.of(
                    Map.of("name", bundle.getString("print.sample.param.name"),
                            "body", bundle.getString("print.sample.letter.body"),
                            "bring", bundle.getString("print.sample.letter.bring"),
                            "residenceAddress", bundle.getString("print.sample.param.residenceAddress")));
            return PrintDocument.withRows(type, parameters, rows);
        }
        if (type == DocumentType.REMINDER_LIST) {
            List<Map<String, Object>> rows = List.of(Map.of("name", bundle.getString("print.sample.param.name"),
                    "idNumber", bundle.getString("print.sample.list.idNumber"),
                    "village", bundle.getString("print.sample.param.residenceCommunity"),
                    "day", bundle.getString("print.sample.param.endorsementDate"),
                    "mobile", bundle.getString("print.sample.list.mobile"),
                    "address", bundle.getString("print.sample.param.residenceAddress")));
            return PrintDocument.withRows(type, parameters, rows);
        }
        if (type == DocumentType.DAILY_SUMMARY || type == DocumentType.PERIOD_STATISTICS) {
            parameters.put("title", bundle.getString("print.sample.report.title"));
            parameters.put("header", bundle.getString("print.sample.param.stationName"));
            parameters.put("column0", bundle.getString("print.sample.report.column0"));
            parameters.put("column1", bundle.getString("print.sample.report.column1"));
            parameters.put("column2", bundle.getString("print.sample.report.column2"));
            parameters.put("column3", bundle.getString("print.sample.report.column3"));
            List<Map<String, Object>> rows = List.of(
                    Map.of("style", "SECTION", "label", bundle.getString("print.sample.report.section"), "value", "",
                            "previous", "", "lastYear", ""),
                    Map.of("style", "FIGURE", "label", bundle.getString("print.sample.report.figure"), "value", "12",
                            "previous", "10", "lastYear", "9"));
            return PrintDocument.withRows(type, parameters, rows);
        }
        return PrintDocument.of(type, parameters);
    }

    /** The card the clerk measures to calibrate a card printer, printed with the printer's current calibration. */
    public static PrintDocument calibrationCard(String printerName, CardCalibration current, LocalDateTime printedAt) {
        Map<String, Object> parameters = new HashMap<>();
        if (printerName != null) {
            parameters.put("printerName", printerName);
        }
        parameters.put("printedAt", PRINTED_AT.format(printedAt));
        parameters.put("calibrationText", java.text.MessageFormat.format(
                ResourceBundle.getBundle("i18n.print").getString("print.calibration.current"),
                String.format("%+.2f", current.offsetXMm()), String.format("%+.2f", current.offsetYMm()),
                String.format("%.4f", current.scale())));
        return PrintDocument.of(DocumentType.CALIBRATION_CARD, parameters);
    }
}
