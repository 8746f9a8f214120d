package org.residencedesk.domain.form;

import java.util.List;
import java.util.Optional;

/** All problems found in one validation pass, in keyboard order of the fields they concern. */
public record ValidationResult(List<FieldError> errors) {
    public ValidationResult {
        errors = List.copyOf(errors);
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    /** The first message for a field path; a field shows one message at a time. */
    public Optional<String> messageFor(String fieldPath) {
        return errors.stream().filter(e -> e.fieldPath().equals(fieldPath)).map(FieldError::message).findFirst();
    }
}
