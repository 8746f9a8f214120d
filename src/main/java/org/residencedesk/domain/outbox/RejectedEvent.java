package org.residencedesk.domain.outbox;

import java.time.Instant;

/**
 * An event the platform stored as rejected (PLATFORM-API.md §1 {@code REJECTED}): it consumed its {@code seq} and
 * does not block later events; an operator fixes the record, which produces a new correcting event.
 */
public record RejectedEvent(OutboxEvent event, String error, Instant rejectedAt) {
}
