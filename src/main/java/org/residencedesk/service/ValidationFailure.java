package org.residencedesk.service;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input that cannot be stored, with a Chinese message per field (field id → message). Thrown before
 * anything is written, so the screen shows every problem at once beside its field.
 */
public final class ValidationFailure extends RuntimeException {
    private final Map<String, String> fieldMessages;

    public ValidationFailure(Map<String, String> fieldMessages) {
        super("invalid input in fields " + fieldMessages.keySet());
        this.fieldMessages = Collections.unmodifiableMap(new LinkedHashMap<>(fieldMessages));
    }

    public Map<String, String> fieldMessages() {
        return fieldMessages;
    }
}
