package org.residencedesk.platformsim;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The simulator's Chinese texts ({@code i18n/sync.properties}, keys {@code platformsim.*}). */
final class SimulatorText {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("i18n.sync");

    private SimulatorText() {
    }

    static String get(String key, Object... args) {
        String pattern = BUNDLE.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.CHINA).format(args);
    }
}
