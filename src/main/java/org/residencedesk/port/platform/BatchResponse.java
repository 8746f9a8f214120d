package org.residencedesk.port.platform;

import java.util.List;

/** The platform's answer to one batch: where it stands now and one result per event it looked at. */
public record BatchResponse(long lastAcceptedSeq, List<EventResult> results) {
    public BatchResponse {
        results = List.copyOf(results);
    }

    /** One event's result; {@code error} is the platform's message for {@link EventStatus#REJECTED}, else null. */
    public record EventResult(String eventId, long seq, EventStatus status, String error) {
    }

    /** The statuses of PLATFORM-API.md §1. */
    public enum EventStatus {
        ACCEPTED, DUPLICATE, CONFLICT, GAP, REJECTED
    }
}
