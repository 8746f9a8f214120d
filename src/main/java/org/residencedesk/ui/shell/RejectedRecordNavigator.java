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
import org.residencedesk.ui.PersonNavigation.Person;
import org.residencedesk.ui.PersonNavigation.Target;
import org.residencedesk.ui.sync.RecordNavigation;

/**
 * The 同步 screen's 打开更正 (ADRs 0307, 0374): a rejected event's record found by its local id and opened for
 * correction — a registration (by its number) in 居住登记 for a change through the person keys (ADR 0180), a permit on
 * its own row among its holder's permits in 居住证; houses, employers and outflow periods go to
 * {@link RegisterCorrections}.
 */
final class RejectedRecordNavigator implements RecordNavigation {
    static final String REGISTRATION = "REGISTRATION";
    static final String PERMIT = "PERMIT";

    private final Operator operator;
    private final RegistrationService registrations;
    private final PermitQueries permits;
    private final BackgroundWork work;
    private final PersonNavigator persons;
    private final RecordNavigation registers;

    RejectedRecordNavigator(Operator operator, RegistrationService registrations, PermitQueries permits,
                            BackgroundWork work, PersonNavigator persons, RecordNavigation registers) {
        this.operator = operator;
        this.registrations = registrations;
        this.permits = permits;
        this.work = work;
        this.persons = persons;
        this.registers = registers;
    }

    @Override
    public boolean offers(String aggregateType) {
        return switch (aggregateType) {
            case REGISTRATION -> persons.offers(Target.REGISTRATION);
            case PERMIT -> persons.offers(Target.PERMITS);
            default -> registers.offers(aggregateType);
        };
    }

    @Override
    public void open(String aggregateType, String aggregateId, Runnable notFound, Consumer<String> problem) {
        if (!offers(aggregateType)) {
            return;
        }
        if (!REGISTRATION.equals(aggregateType) && !PERMIT.equals(aggregateType)) {
            registers.open(aggregateType, aggregateId, notFound, problem);
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
                    persons.toPermit(p.personId(), p.id(), notFound),
                    invalid -> notFound.run(), failed);
        }
    }

    /** Worker thread: the registration with exactly this number. */
    private Optional<RegistrationSummary> registration(String number) {
        return registrations.search(operator, number, SearchKind.REGISTRATION_NUMBER, 0, 5).items().stream()
                .filter(r -> number.equals(r.registrationNumber())).findFirst();
    }
}
