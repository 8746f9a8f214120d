package org.residencedesk.service;

import java.util.regex.Pattern;

/** Plain-text checks shared by every service that accepts typed text. */
public final class TextRules {
    private static final Pattern LOGIN = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{2,31}");

    private TextRules() {
    }

    public static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** Length as a person counts it: 𠮷 is one character although Java stores it as two. */
    public static int length(String s) {
        return s == null ? 0 : s.codePointCount(0, s.length());
    }

    public static boolean hasControlCharacters(String s) {
        return s != null && s.codePoints().anyMatch(Character::isISOControl);
    }

    public static boolean isValidLogin(String s) {
        return s != null && LOGIN.matcher(s).matches();
    }

    /** Required, no control characters, at most {@code max} characters; problem keyed by {@code field}. */
    public static void checkText(Problems problems, String field, String value, int max) {
        if (isBlank(value)) {
            problems.add(field, "validation.required");
        } else if (hasControlCharacters(value)) {
            problems.add(field, "validation.controlCharacters");
        } else if (length(value.strip()) > max) {
            problems.add(field, "validation.tooLong", max);
        }
    }
}
