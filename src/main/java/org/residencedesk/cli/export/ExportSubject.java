package org.residencedesk.cli.export;

/** What can be exported. */
public enum ExportSubject {
    REGISTRATIONS, PERMITS
}
