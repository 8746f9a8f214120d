package org.residencedesk.service.report;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The Chinese texts of the reports ({@code i18n/report.properties}): labels, headings, messages. */
public final class ReportTexts {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("i18n.report");

    private ReportTexts() {
    }

    public static String text(String key, Object... args) {
        String pattern = BUNDLE.getString(key);
        return args.length == 0 ? pattern : MessageFormat.format(pattern, args);
    }
}
