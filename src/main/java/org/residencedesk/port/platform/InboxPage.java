package org.residencedesk.port.platform;

import java.util.List;
import java.util.Map;

/** One page of the station inbox (PLATFORM-API.md §2). */
public record InboxPage(List<Message> messages, boolean more) {
    public InboxPage {
        messages = List.copyOf(messages);
    }

    /** {@code payload} is the message's JSON object as maps, lists, strings, numbers and booleans. */
    public record Message(long cursor, String type, Map<String, Object> payload) {
    }
}
