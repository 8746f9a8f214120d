package org.residencedesk.service.register;

import java.util.List;
import org.residencedesk.domain.registration.RegistrationSummary;
import org.residencedesk.port.PermitSummary;

/** A person registered as working for an employer, with the permits this station holds for them. */
public record Employee(RegistrationSummary registration, List<PermitSummary> permits) {
}
