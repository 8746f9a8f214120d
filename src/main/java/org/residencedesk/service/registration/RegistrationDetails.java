package org.residencedesk.service.registration;

import java.time.LocalDate;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.domain.registration.MoveOutReason;
import org.residencedesk.domain.registration.RegistrationSummary;

/** One registration opened at the counter; {@code version} guards a later change against lost updates. */
public record RegistrationDetails(RegistrationSummary summary, int version, FormValues values,
                                  MoveOutReason endReason, LocalDate endDate) {
}
