package org.residencedesk.service.sync.inbox;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Typed reads of a message payload; a missing or invalid field is a {@link MalformedMessage} naming it. */
final class Payload {
    private final Map<String, Object> values;

    Payload(Map<String, Object> values) {
        this.values = values == null ? Map.of() : values;
    }

    String text(String field) {
        Object v = values.get(field);
        if (v == null || (v instanceof String s && s.isBlank())) {
            throw MalformedMessage.of("syncInbox.malformed.missing", field);
        }
        if (!(v instanceof String s)) {
            throw MalformedMessage.of("syncInbox.malformed.invalid", field, String.valueOf(v));
        }
        return s.strip();
    }

    String optionalText(String field) {
        Object v = values.get(field);
        if (v == null) {
            return null;
        }
        if (!(v instanceof String s)) {
            throw MalformedMessage.of("syncInbox.malformed.invalid", field, String.valueOf(v));
        }
        return s.isBlank() ? null : s.strip();
    }

    long number(String field) {
        Object v = values.get(field);
        if (v == null) {
            throw MalformedMessage.of("syncInbox.malformed.missing", field);
        }
        if (v instanceof Integer || v instanceof Long) {
            return ((Number) v).longValue();
        }
        throw MalformedMessage.of("syncInbox.malformed.invalid", field, String.valueOf(v));
    }

    <E extends Enum<E>> E choice(String field, Class<E> type) {
        String v = text(field);
        try {
            return Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            throw MalformedMessage.of("syncInbox.malformed.invalid", field, v);
        }
    }

    Instant instant(String field) {
        String v = text(field);
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            throw MalformedMessage.of("syncInbox.malformed.invalid", field, v);
        }
    }

    LocalDate date(String field) {
        String v = text(field);
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw MalformedMessage.of("syncInbox.malformed.invalid", field, v);
        }
    }

    Payload object(String field) {
        Object v = values.get(field);
        if (v == null) {
            throw MalformedMessage.of("syncInbox.malformed.missing", field);
        }
        if (!(v instanceof Map<?, ?> m)) {
            throw MalformedMessage.of("syncInbox.malformed.invalid", field, "{…}");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, value) -> out.put(String.valueOf(k), value));
        return new Payload(out);
    }

    boolean has(String field) {
        return values.get(field) != null;
    }

    /** Field → text of a flat object (numbers and booleans as their text). */
    Map<String, String> strings() {
        Map<String, String> out = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (v instanceof Map<?, ?> || v instanceof List<?>) {
                throw MalformedMessage.of("syncInbox.malformed.invalid", k, "{…}");
            }
            out.put(k, v == null ? "" : String.valueOf(v));
        });
        return out;
    }

    /** The rows of a list of flat objects. */
    List<Map<String, String>> rows(String field) {
        Object v = values.get(field);
        if (!(v instanceof List<?> list)) {
            throw MalformedMessage.of("syncInbox.malformed.invalid", field, String.valueOf(v));
        }
        return list.stream().map(row -> {
            if (!(row instanceof Map<?, ?> m)) {
                throw MalformedMessage.of("syncInbox.malformed.invalid", field, String.valueOf(row));
            }
            Map<String, Object> typed = new LinkedHashMap<>();
            m.forEach((k, value) -> typed.put(String.valueOf(k), value));
            return new Payload(typed).strings();
        }).toList();
    }

    Map<String, Object> raw() {
        return values;
    }
}
