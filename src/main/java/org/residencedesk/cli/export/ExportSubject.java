package org.residencedesk.cli.export;

/** What can be exported. Permits come with the permit issue. */
public enum ExportSubject {
    REGISTRATIONS
}
