package org.residencedesk.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One observable Chinese message per field; empty means the field is fine. */
public final class FieldErrors {
    private final Map<String, StringProperty> byField = new LinkedHashMap<>();

    public FieldErrors(String... fields) {
        for (String f : fields) {
            byField.put(f, new SimpleStringProperty(""));
        }
    }

    public ReadOnlyStringProperty of(String field) {
        StringProperty p = byField.get(field);
        if (p == null) {
            throw new IllegalArgumentException("unknown field " + field);
        }
        return p;
    }

    public void clear() {
        byField.values().forEach(p -> p.set(""));
    }

    /** Shows each message beside its field; messages for unknown fields are joined at {@code fallbackField}. */
    public void show(Map<String, String> messages, String fallbackField) {
        clear();
        messages.forEach((field, message) -> {
            StringProperty target = byField.getOrDefault(field, byField.get(fallbackField));
            target.set(target.get().isEmpty() ? message : target.get() + "；" + message);
        });
    }
}
