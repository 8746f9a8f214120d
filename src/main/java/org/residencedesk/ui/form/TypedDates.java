package org.residencedesk.ui.form;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what a counter worker types quickly into the stored ISO form: {@code 20240315} and
 * {@code 2024.3.15} become {@code 2024-03-15}, {@code 202403} becomes {@code 2024-03}. Anything else is
 * left as typed so the validator can say what is wrong with it.
 */
public final class TypedDates {
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern SEPARATED_DATE = Pattern.compile("(\\d{4})[-./年](\\d{1,2})[-./月](\\d{1,2})日?");
    private static final Pattern COMPACT_MONTH = Pattern.compile("(\\d{4})(\\d{2})");
    private static final Pattern SEPARATED_MONTH = Pattern.compile("(\\d{4})[-./年](\\d{1,2})月?");

    private TypedDates() { }

    public static String normalizeDate(String typed) {
        String s = typed == null ? "" : typed.strip();
        Matcher m = COMPACT_DATE.matcher(s);
        if (!m.matches()) m = SEPARATED_DATE.matcher(s);
        if (!m.matches()) return s;
        return m.group(1) + "-" + pad(m.group(2)) + "-" + pad(m.group(3));
    }

    public static String normalizeYearMonth(String typed) {
        String s = typed == null ? "" : typed.strip();
        Matcher m = COMPACT_MONTH.matcher(s);
        if (!m.matches()) m = SEPARATED_MONTH.matcher(s);
        if (!m.matches()) return s;
        return m.group(1) + "-" + pad(m.group(2));
    }

    private static String pad(String part) {
        return part.length() == 1 ? "0" + part : part;
    }
}
