package org.residencedesk.domain.permit;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.residencedesk.domain.DateFormats;

/**
 * Chinese texts of the permit area ({@code i18n.permit}). Arguments are turned into display text
 * here so callers never format dates or enum names themselves: {@link Labelled} values by their
 * label, dates in the Chinese pattern of the bundle, collections joined with the Chinese list
 * separator, numbers without grouping.
 */
public final class PermitMessages {
    public static final String BUNDLE = "i18n.permit";
    static final String LIST_SEPARATOR_KEY = "permit.format.listSeparator";
    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle(BUNDLE);
    private static final DateTimeFormatter DATE = DateFormats.CHINESE_DATE;

    private PermitMessages() {
    }

    public static String text(String key, Object... args) {
        String pattern = MESSAGES.getString(key);
        if (args.length == 0) {
            return pattern;
        }
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = display(args[i]);
        }
        return MessageFormat.format(pattern, shown);
    }

    public static String label(Labelled value) {
        return MESSAGES.getString(value.labelKey());
    }

    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    static String display(Object arg) {
        if (arg instanceof Labelled l) {
            return label(l);
        }
        if (arg instanceof LocalDate d) {
            return date(d);
        }
        if (arg instanceof Collection<?> c) {
            return c.stream().map(PermitMessages::display)
                    .collect(Collectors.joining(MESSAGES.getString(LIST_SEPARATOR_KEY)));
        }
        return String.valueOf(arg);
    }
}
