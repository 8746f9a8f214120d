package org.residencedesk.domain.collection;

/** A collected row waits for the window, then becomes a record (confirmed) or is discarded with a reason. */
public enum CollectionStatus {
    WAITING, CONFIRMED, DISCARDED
}
