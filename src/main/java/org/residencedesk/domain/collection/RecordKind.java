package org.residencedesk.domain.collection;

/**
 * The kinds of record a collection file can bring in (社会化采集). Only {@link #REGISTRATION} has an importer so
 * far; the registers of houses, employers and outflow plug theirs in (docs/decisions/0231). Stored by name.
 */
public enum RecordKind {
    REGISTRATION, HOUSE, EMPLOYER, OUTFLOW;

    /** The Chinese name in the bundles ({@code collection.kind.<NAME>}). */
    public String labelKey() {
        return "collection.kind." + name();
    }

    /** The command line's spelling: {@code registrations}, {@code houses}, … */
    public String cliName() {
        return name().toLowerCase(java.util.Locale.ROOT) + "s";
    }
}
