package org.residencedesk.domain.outbox;

/** Event types of PLATFORM-API.md §1, spelled as the platform expects them. */
public enum EventType {
    REGISTRATION_CREATED,
    REGISTRATION_CHANGED,
    REGISTRATION_CANCELLED,
    PERMIT_APPLICATION_ACCEPTED,
    PERMIT_APPLICATION_REVIEWED,
    PERMIT_PRINTED,
    PERMIT_ISSUED,
    PERMIT_ENDORSED,
    PERMIT_REPLACED,
    PERMIT_CANCELLED
}
