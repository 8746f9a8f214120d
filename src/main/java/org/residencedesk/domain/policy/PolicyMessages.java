package org.residencedesk.domain.policy;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Chinese texts of the station policy ({@code i18n.policy}); numbers are shown without grouping. */
public final class PolicyMessages {
    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("i18n.policy");

    private PolicyMessages() {
    }

    public static String text(String key, Object... args) {
        String pattern = MESSAGES.getString(key);
        if (args.length == 0) {
            return pattern;
        }
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = String.valueOf(args[i]);
        }
        return new MessageFormat(pattern, Locale.SIMPLIFIED_CHINESE).format(shown);
    }
}
