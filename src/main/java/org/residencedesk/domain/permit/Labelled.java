package org.residencedesk.domain.permit;

/** A value shown to staff by its Chinese name, kept in the {@code i18n.permit} bundle under {@link #labelKey()}. */
public interface Labelled {
    String labelKey();
}
