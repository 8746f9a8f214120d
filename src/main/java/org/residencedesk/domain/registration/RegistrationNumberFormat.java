package org.residencedesk.domain.registration;

/**
 * Registration numbers: station code + 4-digit year + serial, e.g. 420111002001 2026 000123.
 * The serial restarts each year; its width is configurable because provinces differ.
 */
public record RegistrationNumberFormat(int serialDigits) {
    public static final RegistrationNumberFormat DEFAULT = new RegistrationNumberFormat(6);

    public RegistrationNumberFormat {
        if (serialDigits < 4 || serialDigits > 10) {
            throw new IllegalArgumentException("serial digits must be 4..10");
        }
    }

    public String format(String stationCode, int year, long serial) {
        String s = Long.toString(serial);
        if (s.length() > serialDigits) {
            throw new IllegalStateException("registration serial overflow for year " + year);
        }
        return stationCode + year + "0".repeat(serialDigits - s.length()) + s;
    }

    /** The counter that numbers registrations of one year. */
    public static String counterName(int year) {
        return "registration:" + year;
    }
}
