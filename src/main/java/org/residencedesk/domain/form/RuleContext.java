package org.residencedesk.domain.form;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/**
 * What a cross-field rule sees: the values, its role -> field id mapping, today's date from the
 * injected clock, and the Chinese message the YAML gave for it.
 */
public final class RuleContext {
    private final FormValues values;
    private final Map<String, String> roleToField;
    private final LocalDate today;
    private final String message;

    RuleContext(FormValues values, Map<String, String> roleToField, LocalDate today, String message) {
        this.values = values;
        this.roleToField = Map.copyOf(roleToField);
        this.today = today;
        this.message = message;
    }

    public String fieldId(String role) {
        String id = roleToField.get(role);
        if (id == null) throw new IllegalArgumentException("rule role not declared: " + role);
        return id;
    }

    public String value(String role) {
        return values.get(fieldId(role)).strip();
    }

    /** A date in a role's field; empty when blank or not a valid ISO date (the field check reports that). */
    public Optional<LocalDate> date(String role) {
        String v = value(role);
        if (v.isEmpty()) return Optional.empty();
        try {
            return Optional.of(LocalDate.parse(v));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public FormValues values() { return values; }

    public LocalDate today() { return today; }

    public String message() { return message; }

    /** The rule's error, placed on the field playing {@code role}. */
    public FieldError errorOn(String role) {
        return new FieldError(fieldId(role), message);
    }
}
