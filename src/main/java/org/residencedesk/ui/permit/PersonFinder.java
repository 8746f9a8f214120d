package org.residencedesk.ui.permit;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.residencedesk.domain.registration.RegistrationSummary;
import org.residencedesk.port.PermitSummary;
import org.residencedesk.service.Operator;
import org.residencedesk.service.ValidationFailure;
import org.residencedesk.service.permit.PermitQueries;
import org.residencedesk.service.registration.RegistrationService;

/** From an ID number (typed or swiped) to the person's registration and their permits. */
public final class PersonFinder {
    /** What the finder found: the registration row (ID number masked) and every permit of the person. */
    public record Found(RegistrationSummary registration, List<PermitSummary> permits) {
    }

    private final RegistrationService registrations;
    private final PermitQueries permits;
    private final Operator operator;

    /** @param operator the signed-in operator every look-up is made (and audited) for */
    public PersonFinder(RegistrationService registrations, PermitQueries permits, Operator operator) {
        this.registrations = registrations;
        this.permits = permits;
        this.operator = operator;
    }

    /**
     * Worker thread: the person's active registration (a new application rests on it).
     *
     * @throws ValidationFailure on field {@code idNumber} when nobody is registered under it
     */
    public Found find(String idNumber) {
        String id = required(idNumber);
        RegistrationSummary reg = registrations.activeRegistrationOf(operator, id)
                .orElseThrow(() -> new ValidationFailure(Map.of("idNumber",
                        PermitFxml.text("permitui.finder.notFound"))));
        return new Found(reg, permits.permitsOfPerson(operator, reg.personId()));
    }

    /**
     * Worker thread: a permit holder, also when their registration has ended meanwhile (a permit keeps
     * being endorsed, collected and replaced). Without an active registration the registration row is
     * the one the newest permit rests on (opened, so the look is audited).
     *
     * @throws ValidationFailure on field {@code idNumber} when there is neither a registration nor a permit
     */
    public Found findHolder(Operator op, String idNumber) {
        String id = required(idNumber);
        var active = registrations.activeRegistrationOf(op, id);
        if (active.isPresent()) {
            return new Found(active.get(), permits.permitsOfPerson(op, active.get().personId()));
        }
        List<PermitSummary> held = registrations.personIdOf(op, id).map(person -> permits.permitsOfPerson(op, person))
                .orElse(List.of());
        PermitSummary newest = held.stream().max(Comparator.comparing(PermitSummary::submittedOn,
                        Comparator.nullsFirst(Comparator.naturalOrder())))
                .orElseThrow(() -> new ValidationFailure(Map.of("idNumber",
                        PermitFxml.text("permitui.finder.noHolder"))));
        return new Found(registrations.open(op, newest.registrationId()).summary(), held);
    }

    /**
     * Worker thread: a person reached from a list by their id (never a retyped number): the registration that
     * stands for them (active, else the newest) and their permits.
     *
     * @throws ValidationFailure on field {@code idNumber} when the person has no registration here
     */
    public Found findPerson(long personId) {
        RegistrationSummary reg = registrations.currentRegistrationOf(operator, personId)
                .orElseThrow(() -> new ValidationFailure(Map.of("idNumber",
                        PermitFxml.text("permitui.finder.noHolder"))));
        return new Found(reg, permits.permitsOfPerson(operator, personId));
    }

    private static String required(String idNumber) {
        if (idNumber == null || idNumber.isBlank()) {
            throw new ValidationFailure(Map.of("idNumber", PermitFxml.text("permitui.finder.required")));
        }
        return idNumber.strip();
    }
}
