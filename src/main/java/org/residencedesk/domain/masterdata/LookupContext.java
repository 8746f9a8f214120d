package org.residencedesk.domain.masterdata;

import java.util.Objects;

/**
 * What ranks look-up results besides how well they match what was typed (ADR 0177): the station's own
 * division (its township or district, then its city, then its province come first) and how often this
 * counter picked each row.
 *
 * @param homeDivision the station's division code (2 to 12 digits), or empty when unknown
 * @param usage        picks counted at this counter
 */
public record LookupContext(String homeDivision, UsageCounts usage) {
    /** Prefix lengths of the levels that rank a division nearer home, nearest first. */
    private static final int[] LEVELS = {12, 9, 6, 4, 2};

    public LookupContext {
        homeDivision = homeDivision == null ? "" : homeDivision.strip();
        usage = Objects.requireNonNullElse(usage, UsageCounts.NONE);
    }

    /** No station area and no counts: matches in code order. */
    public static LookupContext none() {
        return new LookupContext("", UsageCounts.NONE);
    }

    /**
     * How far {@code divisionCode} lies from the station: 0 for the same village, 1 township, 2 county
     * (district), 3 city, 4 province, 5 elsewhere; every division ranks 5 when the station's is unknown.
     */
    public int distance(String divisionCode) {
        if (divisionCode == null) return LEVELS.length;
        for (int i = 0; i < LEVELS.length; i++) {
            int len = LEVELS[i];
            if (homeDivision.length() >= len && divisionCode.length() >= len
                    && homeDivision.regionMatches(0, divisionCode, 0, len)) {
                return i;
            }
        }
        return LEVELS.length;
    }
}
