package org.residencedesk.service.registration;

import org.residencedesk.domain.form.FormValues;

/**
 * A registration as stored: its id, its number, its version (for the next change), the complete form
 * with the system-filled fields, and whether it is 逾期登记 (ADR 0172).
 */
public record Registered(long registrationId, String registrationNumber, int version, FormValues values,
                         boolean lateRegistration) {
}
