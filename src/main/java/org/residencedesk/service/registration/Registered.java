package org.residencedesk.service.registration;

import org.residencedesk.domain.form.FormValues;

/**
 * A registration as stored: its id, its number, its version (for the next change) and the complete form
 * with the system-filled fields.
 */
public record Registered(long registrationId, String registrationNumber, int version, FormValues values) {
}
