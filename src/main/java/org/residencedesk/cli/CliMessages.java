package org.residencedesk.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Chinese texts of the headless commands ({@code i18n.cli}): their messages, and through picocli's
 * {@code resourceBundle} their descriptions, option help and usage headings.
 */
public final class CliMessages {
    /** The bundle every command names in {@code @Command(resourceBundle = ...)}. */
    public static final String BUNDLE_NAME = "i18n.cli";
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle(BUNDLE_NAME);

    private CliMessages() {
    }

    public static String get(String key, Object... args) {
        String pattern = BUNDLE.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.CHINA).format(args);
    }
}
