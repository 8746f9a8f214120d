package org.residencedesk.domain.outbox;

import java.util.Map;

/**
 * An event a service wants uploaded. The payload is the full current state of the record after the
 * change (not a diff), with codes for code-table values and ISO-8601 dates.
 */
public record PendingEvent(EventType type, String operator, String aggregateType, String aggregateId,
                           Map<String, Object> payload) {
}
