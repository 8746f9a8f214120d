package org.residencedesk.domain.form;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** Registry of plugged-in format checks, one per field type. The composition root fills it. */
public final class FieldTypeValidators {
    private final Map<FieldType, FieldTypeValidator> byType = new EnumMap<>(FieldType.class);

    public FieldTypeValidators register(FieldType type, FieldTypeValidator validator) {
        byType.put(type, validator);
        return this;
    }

    public Optional<FieldTypeValidator> forType(FieldType type) {
        return Optional.ofNullable(byType.get(type));
    }
}
