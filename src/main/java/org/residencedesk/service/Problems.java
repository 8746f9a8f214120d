package org.residencedesk.service;

import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ResourceBundle;

/** Collects per-field problems with messages from the {@code i18n.app} bundle, then fails once. */
public final class Problems {
    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("i18n.app");
    private final Map<String, String> byField = new LinkedHashMap<>();

    public Problems add(String field, String messageKey, Object... args) {
        byField.putIfAbsent(field, message(messageKey, args));
        return this;
    }

    /** A message already in Chinese (another bundle's, e.g. an ID-number problem from {@code i18n.identity}). */
    public Problems addMessage(String field, String message) {
        byField.putIfAbsent(field, message);
        return this;
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public void throwIfAny() {
        if (!byField.isEmpty()) {
            throw new ValidationFailure(byField);
        }
    }

    public static String message(String key, Object... args) {
        String pattern = MESSAGES.getString(key);
        return args.length == 0 ? pattern : MessageFormat.format(pattern, args);
    }
}
