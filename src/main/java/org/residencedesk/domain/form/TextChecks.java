package org.residencedesk.domain.form;

import java.util.regex.Pattern;

/** Character-level checks shared by all text-like fields. Lengths count code points: 𠮷 is one character. */
public final class TextChecks {
    /**
     * A person's name: Han characters (incl. extensions beyond the BMP) joined by a middle dot as
     * minority and transliterated names use (阿依古丽·买买提), or a Latin-letter name for foreigners.
     * U+00B7 is the standard dot; U+2022/U+30FB/U+FF0E are what input methods produce in practice.
     */
    private static final Pattern CHINESE_NAME = Pattern.compile("\\p{IsHan}+(?:[\\u00B7\\u2022\\u30FB\\uFF0E]\\p{IsHan}+)*");
    private static final Pattern LATIN_NAME = Pattern.compile("[A-Za-z]+(?:[ .'\\-\\u00B7][A-Za-z]+)*");

    private TextChecks() { }

    public static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /**
     * Control characters (tabs, line breaks, NUL ...), bidirectional overrides that make text display
     * differently from what is stored, and broken surrogate halves never belong in a form value.
     */
    public static boolean hasForbiddenCharacters(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c)) return true;
            if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) return true;
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) return true;
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    public static boolean isPersonName(String s) {
        return CHINESE_NAME.matcher(s).matches() || LATIN_NAME.matcher(s).matches();
    }
}
