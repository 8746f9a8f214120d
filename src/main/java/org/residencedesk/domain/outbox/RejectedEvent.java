package org.residencedesk.domain.outbox;

import java.time.Instant;

/**
 * An event the platform stored as rejected (PLATFORM-API.md §1 {@code REJECTED}): it consumed its {@code seq} and
 * does not block later events; an operator fixes the record, which produces a new correcting event.
 *
 * @param correctionSeq    the first later event of the same record (its correction), or null while there is none
 * @param correctionStatus that event's state with the platform (PENDING until it is sent), or null
 */
public record RejectedEvent(OutboxEvent event, String error, Instant rejectedAt, Long correctionSeq,
                            DeliveryStatus correctionStatus) {
    public RejectedEvent(OutboxEvent event, String error, Instant rejectedAt) {
        this(event, error, rejectedAt, null, null);
    }

    /** A later event of the same record was acknowledged by the platform (ACCEPTED or DUPLICATE). */
    public boolean corrected() {
        return correctionStatus == DeliveryStatus.ACCEPTED || correctionStatus == DeliveryStatus.DUPLICATE;
    }
}
