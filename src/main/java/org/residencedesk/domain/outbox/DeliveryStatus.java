package org.residencedesk.domain.outbox;

/** Where an outbox event stands with the platform (PLATFORM-API.md §1 result statuses). */
public enum DeliveryStatus {
    PENDING, ACCEPTED, DUPLICATE, REJECTED
}
