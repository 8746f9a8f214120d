package org.residencedesk.domain.form;

import java.util.Optional;

/**
 * Format check for a field type whose rules live outside the form engine (ID numbers, unified social
 * credit codes). Called only with a non-blank, stripped value.
 */
@FunctionalInterface
public interface FieldTypeValidator {
    /** Empty when the value is acceptable; otherwise a Chinese message (blank: use the field's default). */
    Optional<String> problem(String value);
}
