package org.residencedesk.service.export;

/** File formats of an export. */
public enum ExportFormat {
    /** RFC 4180, UTF-8 with a byte-order mark so Excel shows Chinese correctly, header row first. */
    CSV,
    /** One JSON array of objects, keys as the CSV header. */
    JSON
}
