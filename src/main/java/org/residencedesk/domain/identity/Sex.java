package org.residencedesk.domain.identity;

/** Sex as encoded in an identity number, with its GB/T 2261.1 code ("1" male, "2" female). */
public enum Sex {
    MALE("1"), FEMALE("2");

    private final String code;

    Sex(String code) { this.code = code; }

    public String code() { return code; }

    /** GB 11643: an odd sequence digit is given to men, an even one to women. */
    public static Sex fromSequenceDigit(char digit) {
        return ((digit - '0') % 2 == 1) ? MALE : FEMALE;
    }
}
