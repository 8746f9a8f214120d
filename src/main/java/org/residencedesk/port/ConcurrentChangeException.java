package org.residencedesk.port;

/**
 * Another counter changed the same record between reading and saving it (optimistic locking). Nothing
 * was stored; the operator reopens the record and does the step again.
 */
public final class ConcurrentChangeException extends RuntimeException {
    public ConcurrentChangeException(Throwable cause) {
        super("record changed by another counter", cause);
    }
}
