package org.residencedesk.print;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Chinese messages of the print area (bundle {@code i18n.print}). */
final class PrintMessages {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("i18n.print");

    private PrintMessages() {
    }

    static String get(String key, Object... args) {
        String pattern = BUNDLE.getString(key);
        return args.length == 0 ? pattern : MessageFormat.format(pattern, args);
    }
}
