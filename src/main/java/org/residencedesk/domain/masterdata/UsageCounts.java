package org.residencedesk.domain.masterdata;

/**
 * How often this counter picked a row of a look-up table (ADR 0177). {@code table} is a code table's
 * name, {@link #DIVISIONS} for the division tree, or {@code choice:<form>.<field>} for a form's options.
 */
@FunctionalInterface
public interface UsageCounts {
    /** The table name under which picked divisions are counted. */
    String DIVISIONS = "divisions";

    /** Nothing counted yet: ranking falls back to the station's area and code order. */
    UsageCounts NONE = (table, code) -> 0;

    int uses(String table, String code);
}
