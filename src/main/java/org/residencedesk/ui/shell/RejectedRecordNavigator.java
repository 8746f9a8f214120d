package org.residencedesk.ui.shell;

import java.util.Optional;
import java.util.function.Consumer;
import org.residencedesk.domain.registration.RegistrationSummary;
import org.residencedesk.domain.registration.SearchKind;
import org.residencedesk.port.PermitSummary;
import org.residencedesk.service.Operator;
import org.residencedesk.service.permit.PermitQueries;
import org.residencedesk.service.registration.RegistrationService;
import org.residencedesk.ui.BackgroundWork;
import org.residencedesk.ui.PersonNavigation;
import org.residencedesk.ui.PersonNavigation.Person;
import org.residencedesk.ui.PersonNavigation.Target;
import org.residencedesk.ui.sync.RecordNavigation;

/**
 * The 同步 screen's 打开更正 (ADR 0307): a rejected event's record found by its local id and opened through the person
 * keys (ADR 0180) — a registration (by its number) in 居住登记 for a change, a permit with its holder's permits in
 * 居住证. Houses, employers and outflow periods are not offered yet (docs/known-gaps.md).
 */
final class RejectedRecordNavigator implements RecordNavigation {
    static final String REGISTRATION = "REGISTRATION";
    static final String PERMIT = "PERMIT";

    private final Operator operator;
    private final RegistrationService registrations;
    private final PermitQueries permits;
    private final BackgroundWork work;
    private final PersonNavigation persons;

    RejectedRecordNavigator(Operator operator, RegistrationService registrations, PermitQueries permits,
                            BackgroundWork work, PersonNavigation persons) {
        this.operator = operator;
        this.registrations = registrations;
        this.permits = permits;
        this.work = work;
        this.persons = persons;
    }

    @Override
    public boolean offers(String aggregateType) {
        return switch (aggregateType) {
            case REGISTRATION -> persons.offers(Target.REGISTRATION);
            case PERMIT -> persons.offers(Target.PERMITS);
            default -> false;
        };
    }

    @Override
    public void open(String aggregateType, String aggregateId, Runnable notFound, Consumer<String> problem) {
        if (!offers(aggregateType)) {
            return;
        }
        Consumer<String> failed = problem::accept;
        if (REGISTRATION.equals(aggregateType)) {
            work.run(() -> registration(aggregateId), found -> found.ifPresentOrElse(
                    r -> persons.toRegistration(new Person(r.personId(), r.registrationId(), r.name())),
                    notFound),
                    invalid -> problem.accept(String.join("；", invalid.fieldMessages().values())), failed);
        } else {
            work.run(() -> permits.summary(operator, aggregateId), (PermitSummary p) ->
                    persons.toPermits(new Person(p.personId(), p.registrationId(), "")),
                    invalid -> notFound.run(), failed);
        }
    }

    /** Worker thread: the registration with exactly this number. */
    private Optional<RegistrationSummary> registration(String number) {
        return registrations.search(operator, number, SearchKind.REGISTRATION_NUMBER, 0, 5).items().stream()
                .filter(r -> number.equals(r.registrationNumber())).findFirst();
    }
}
