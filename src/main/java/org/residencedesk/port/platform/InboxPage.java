package org.residencedesk.port.platform;

import java.util.List;
import java.util.Map;

/** One page of the station inbox (PLATFORM-API.md §2). */
public record InboxPage(List<Message> messages, boolean more) {
    public InboxPage {
        messages = List.copyOf(messages);
    }

    /**
     * {@code payload} is the message's JSON object as maps, lists, strings, numbers and booleans. {@code problem} is
     * null for a well-formed envelope, else the Chinese reason it cannot be applied (the payload is not an object,
     * the type is missing, ...); such a message is refused on its own, never the whole page (ADR 0308). A cursor that
     * is missing or not a positive integer is {@code 0}.
     */
    public record Message(long cursor, String type, Map<String, Object> payload, String problem) {
        public Message(long cursor, String type, Map<String, Object> payload) {
            this(cursor, type, payload, null);
        }
    }
}
