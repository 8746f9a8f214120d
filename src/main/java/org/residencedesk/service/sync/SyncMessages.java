package org.residencedesk.service.sync;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Chinese texts of platform sync ({@code i18n/sync.properties}), shared by the service, the adapter and the CLI. */
public final class SyncMessages {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("i18n.sync");

    private SyncMessages() {
    }

    public static String get(String key, Object... args) {
        String pattern = BUNDLE.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.CHINA).format(args);
    }
}
