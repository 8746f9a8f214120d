package org.residencedesk.storage;

/** A storage failure that the caller cannot repair (disk, corruption, schema); shown as a generic error. */
public class StorageException extends RuntimeException {
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
