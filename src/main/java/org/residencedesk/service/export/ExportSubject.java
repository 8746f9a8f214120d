package org.residencedesk.service.export;

/** What can be exported. */
public enum ExportSubject {
    REGISTRATIONS, PERMITS,
    /** Every house of the register, one column per field (ADR 0292). */
    HOUSES,
    /** Every employer of the register, one column per field (ADR 0292). */
    EMPLOYERS
}
