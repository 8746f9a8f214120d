package org.residencedesk.domain;

import java.text.Normalizer;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Rules for values an administrator writes into the data folder's {@code .properties} files (ADR 0314): an invisible
 * character (zero-width, direction control, other format or control character, a non-breaking space) is found by
 * position so the reader can refuse the value naming key and place; a whole number is read like typed input (ADR
 * 0311): full-width digits are folded to ASCII (NFKC), any other script's digits are not a number.
 */
public final class ConfigText {
    /** The zero-width characters typed input removes (ADR 0311). */
    public static final Pattern ZERO_WIDTH = Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF]");
    private static final Pattern ASCII_NUMBER = Pattern.compile("[0-9]{1,9}");

    private ConfigText() {
    }

    /** The 1-based position (in characters as seen) of the first invisible character of {@code value}; 0 if none. */
    public static int invisibleAt(String value) {
        if (value == null) {
            return 0;
        }
        int position = 0;
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            position++;
            if (invisible(cp)) {
                return position;
            }
            i += Character.charCount(cp);
        }
        return 0;
    }

    /** The character at a position {@link #invisibleAt} returned, as {@code U+200B}. */
    public static String codeAt(String value, int position) {
        int cp = value.codePointAt(value.offsetByCodePoints(0, position - 1));
        return String.format("U+%04X", cp);
    }

    static boolean invisible(int cp) {
        int type = Character.getType(cp);
        return type == Character.FORMAT || type == Character.CONTROL || cp == 0x00A0 || cp == 0x2007 || cp == 0x202F;
    }

    /**
     * A non-negative whole number of at most nine digits, surrounding white space ignored, full-width digits read as
     * ASCII; empty for anything else (signs, decimals, other scripts' digits, invisible characters).
     */
    public static OptionalInt wholeNumber(String value) {
        if (value == null) {
            return OptionalInt.empty();
        }
        String folded = Normalizer.normalize(value, Normalizer.Form.NFKC).strip();
        return ASCII_NUMBER.matcher(folded).matches() ? OptionalInt.of(Integer.parseInt(folded)) : OptionalInt.empty();
    }
}
