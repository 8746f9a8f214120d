package org.residencedesk.ui.permit;

import java.util.List;
import java.util.Map;
import org.residencedesk.domain.registration.RegistrationSummary;
import org.residencedesk.port.PermitSummary;
import org.residencedesk.service.ValidationFailure;
import org.residencedesk.service.permit.PermitService;
import org.residencedesk.service.registration.RegistrationService;

/** From an ID number (typed or swiped) to the person's active registration and their permits. */
public final class PersonFinder {
    /** What the finder found: the registration row (ID number masked) and every permit of the person. */
    public record Found(RegistrationSummary registration, List<PermitSummary> permits) {
    }

    private final RegistrationService registrations;
    private final PermitService permits;

    public PersonFinder(RegistrationService registrations, PermitService permits) {
        this.registrations = registrations;
        this.permits = permits;
    }

    /** Worker thread. @throws ValidationFailure on field {@code idNumber} when nobody is registered under it */
    public Found find(String idNumber) {
        if (idNumber == null || idNumber.isBlank()) {
            throw new ValidationFailure(Map.of("idNumber", PermitFxml.text("permitui.finder.required")));
        }
        RegistrationSummary reg = registrations.activeRegistrationOf(idNumber.strip())
                .orElseThrow(() -> new ValidationFailure(Map.of("idNumber",
                        PermitFxml.text("permitui.finder.notFound"))));
        return new Found(reg, permits.permitsOfPerson(reg.personId()));
    }
}
