package org.residencedesk.platform;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The adapter's Chinese texts ({@code i18n/sync.properties}, keys {@code platform.*}). */
final class PlatformMessages {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("i18n.sync");

    private PlatformMessages() {
    }

    static String get(String key, Object... args) {
        String pattern = BUNDLE.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.CHINA).format(args);
    }
}
