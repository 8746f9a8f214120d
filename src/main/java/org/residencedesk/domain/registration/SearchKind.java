package org.residencedesk.domain.registration;

import java.util.regex.Pattern;

/** What a search box entry means; {@link #guess} lets staff type anything into one box. */
public enum SearchKind {
    ID_NUMBER, NAME, NAME_INITIALS, PHONE, REGISTRATION_NUMBER, ADDRESS;

    private static final Pattern ID = Pattern.compile("(?i)\\d{15}|\\d{17}[\\dx]|[a-z]{3}\\d{12}");
    private static final Pattern MOBILE = Pattern.compile("1\\d{10}|0\\d{2,3}-?\\d{7,8}");
    private static final Pattern DIGITS = Pattern.compile("\\d{16,30}");
    private static final Pattern LATIN = Pattern.compile("(?i)[a-z]{1,20}");
    private static final Pattern HAN_NAME = Pattern.compile("[\\p{IsHan}·]{1,20}");

    /** 18-char ID, phone, long digit run (registration number), letters (initials), Han (name), else address. */
    public static SearchKind guess(String text) {
        String t = text.strip();
        if (ID.matcher(t).matches()) return ID_NUMBER;
        if (MOBILE.matcher(t).matches()) return PHONE;
        if (DIGITS.matcher(t).matches()) return REGISTRATION_NUMBER;
        if (LATIN.matcher(t).matches()) return NAME_INITIALS;
        if (HAN_NAME.matcher(t).matches() && t.codePointCount(0, t.length()) <= 6) return NAME;
        return ADDRESS;
    }
}
