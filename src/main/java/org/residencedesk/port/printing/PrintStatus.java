package org.residencedesk.port.printing;

/** Typed outcome of a print job; the Chinese text for each lives in the {@code i18n.print} bundle. */
public enum PrintStatus {
    /** The job was handed to the print system and accepted (spooled). */
    PRINTED,
    /** No printer is installed, or no default printer is set and the profile names none. */
    NO_PRINTER,
    /** The profile names a printer that this PC does not know (renamed or removed). */
    PRINTER_NOT_FOUND,
    /** The printer exists but is stopped / paused / not accepting jobs. */
    PRINTER_OFFLINE,
    /** The template could not be compiled or filled (a programming or template error). */
    DOCUMENT_ERROR,
    /** The print system refused or lost the job. */
    JOB_FAILED,
    /**
     * The job was spooled but the queue stopped before it came out (disabled mid-job, or stopped by a printer
     * error): nothing is printed yet; it prints when the queue is enabled again (docs/decisions/0312).
     */
    QUEUED_PRINTER_STOPPED;

    public String messageKey() {
        return "print.status." + name();
    }
}
