package org.residencedesk.domain.register;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * 房屋编码 (ADR 0210). A code the platform or the landlord already has is accepted as given: 4 to 30 letters and
 * digits, kept upper-case. A house without one gets the station's own: the 12-digit code of its community or
 * village followed by a 6-digit serial counted per community ({@link #assigned}), 18 digits in all.
 */
public final class HouseCode {
    public static final int MAX_LENGTH = 30;
    private static final Pattern GIVEN = Pattern.compile("[0-9A-Z]{4,30}");
    private static final Pattern DIVISION = Pattern.compile("\\d{12}");

    private HouseCode() {
    }

    /** The code as stored (trimmed, upper-case, full-width letters and digits made ASCII); empty when malformed. */
    public static Optional<String> normalize(String raw) {
        if (raw == null) return Optional.empty();
        StringBuilder sb = new StringBuilder();
        raw.strip().codePoints().forEach(c -> {
            if (c >= 0xFF01 && c <= 0xFF5E) c -= 0xFEE0; // full-width ASCII typed with a Chinese IME
            sb.appendCodePoint(c);
        });
        String s = sb.toString().toUpperCase(Locale.ROOT);
        return GIVEN.matcher(s).matches() ? Optional.of(s) : Optional.empty();
    }

    /** The station's code for the {@code serial}-th house in a community or village. */
    public static String assigned(String divisionCode, long serial) {
        if (divisionCode == null || !DIVISION.matcher(divisionCode).matches()) {
            throw new IllegalArgumentException("need a 12-digit division code");
        }
        if (serial < 1 || serial > 999_999) {
            throw new IllegalArgumentException("serial out of range: " + serial);
        }
        return divisionCode + String.format("%06d", serial);
    }

    /** The counter that numbers a community's houses. */
    public static String counterName(String divisionCode) {
        return "house:" + divisionCode;
    }
}
