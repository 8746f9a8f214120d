package org.residencedesk.domain.station;

import java.util.regex.Pattern;

/**
 * The 12-digit station code the province assigns (PLATFORM-API.md: X-Station-Code). Its first digits
 * are the division code of the station's county or township, which is how the platform routes it.
 */
public record StationCode(String value) {
    private static final Pattern TWELVE_DIGITS = Pattern.compile("\\d{12}");

    public StationCode {
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("station code must be 12 digits");
        }
    }

    public static boolean isWellFormed(String value) {
        return value != null && TWELVE_DIGITS.matcher(value).matches();
    }

    /** The province part, e.g. 42 for Hubei. */
    public String provinceCode() {
        return value.substring(0, 2);
    }

    @Override
    public String toString() {
        return value;
    }
}
