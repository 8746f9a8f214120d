package org.residencedesk.port.demodata;

/** The database refused or failed a bulk operation; chunks committed before stay. */
public final class BulkWriteException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BulkWriteException(String message, Throwable cause) {
        super(message, cause);
    }
}
