package org.residencedesk.domain.form;

/** An inline option of a {@code choice} field: stored value and Chinese label. */
public record ChoiceOption(String value, String label) {
}
