package org.residencedesk.domain.outbox;

import java.time.OffsetDateTime;

/** A numbered event as stored in the outbox; {@code payloadJson} is exactly what will be uploaded. */
public record OutboxEvent(long seq, String eventId, EventType type, OffsetDateTime occurredAt, String operator,
                          String aggregateType, String aggregateId, String payloadJson, DeliveryStatus status) {
}
