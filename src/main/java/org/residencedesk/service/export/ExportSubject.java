package org.residencedesk.service.export;

/** What can be exported. */
public enum ExportSubject {
    REGISTRATIONS, PERMITS
}
