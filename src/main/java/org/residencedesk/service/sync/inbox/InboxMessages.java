package org.residencedesk.service.sync.inbox;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Chinese texts of the inbox ({@code syncInbox.*} in {@code i18n/sync.properties}). */
final class InboxMessages {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("i18n.sync");

    private InboxMessages() {
    }

    static String get(String key, Object... args) {
        String pattern = BUNDLE.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.CHINA).format(args);
    }
}
