package org.residencedesk.cli;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Chinese messages of the headless commands ({@code i18n.cli}). */
public final class CliMessages {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("i18n.cli");

    private CliMessages() {
    }

    public static String get(String key, Object... args) {
        String pattern = BUNDLE.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, java.util.Locale.CHINA).format(args);
    }
}
