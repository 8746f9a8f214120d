package org.residencedesk.ui.shell;

import java.util.Optional;
import java.util.function.Supplier;
import org.residencedesk.domain.account.Permission;
import org.residencedesk.domain.registration.RegistrationStatus;
import org.residencedesk.service.Operator;
import org.residencedesk.service.registration.RegistrationDetails;
import org.residencedesk.service.registration.RegistrationService;
import org.residencedesk.ui.BackgroundWork;
import org.residencedesk.ui.Fxml;
import org.residencedesk.ui.PersonNavigation;
import org.residencedesk.ui.permit.EndorsementAreaViewModel;
import org.residencedesk.ui.permit.PermitAreaViewModel;
import org.residencedesk.ui.query.SearchViewModel;
import org.residencedesk.ui.registration.RegistrationView;

/**
 * The main window's person keys (ADR 0180): each target brings its area to the front and finds the person
 * there by their id. A person without an active registration is shown in 查询 with their 人员档案 and a line
 * saying so; a form with typed input is replaced only after the clerk agrees.
 */
final class PersonNavigator implements PersonNavigation {
    private final Operator operator;
    private final RegistrationService registrations;
    private final BackgroundWork work;
    private final Supplier<MainView> main;
    private final MainViewModel mainModel;
    private final RegistrationView registration;
    private final SearchViewModel search;
    private final PermitAreaViewModel permits;
    private final EndorsementAreaViewModel endorsement;

    PersonNavigator(Operator operator, RegistrationService registrations, BackgroundWork work, Supplier<MainView> main,
                    MainViewModel mainModel, RegistrationView registration, SearchViewModel search,
                    PermitAreaViewModel permits, EndorsementAreaViewModel endorsement) {
        this.operator = operator;
        this.registrations = registrations;
        this.work = work;
        this.main = main;
        this.mainModel = mainModel;
        this.registration = registration;
        this.search = search;
        this.permits = permits;
        this.endorsement = endorsement;
    }

    @Override
    public boolean offers(Target target) {
        return switch (target) {
            case REGISTRATION -> mainModel.areas().contains(WorkArea.REGISTRATION);
            case PERMITS -> mainModel.areas().contains(WorkArea.PERMIT);
            case ENDORSEMENT -> mainModel.areas().contains(WorkArea.ENDORSEMENT);
            case HISTORY -> mainModel.areas().contains(WorkArea.QUERY) && operator.may(Permission.REGISTRATION_VIEW);
        };
    }

    @Override
    public void toRegistration(Person person) {
        if (!offers(Target.REGISTRATION)) {
            return;
        }
        work.run(() -> activeRegistration(person), found -> found.ifPresentOrElse(details ->
                registration.replaceForm(() -> {
                    registration.model().loadForChange(details);
                    main.get().show(WorkArea.REGISTRATION);
                }), () -> {
                    toHistory(person);
                    search.say(Fxml.text("person.noActiveRegistration", person.name()));
                }), invalid -> problem(String.join("；", invalid.fieldMessages().values())), this::problem);
    }

    /** Worker thread: the person's active registration opened for a change (an audited look), if any. */
    private Optional<RegistrationDetails> activeRegistration(Person person) {
        return registrations.currentRegistrationOf(operator, person.personId())
                .filter(s -> s.status() == RegistrationStatus.ACTIVE)
                .map(s -> registrations.open(operator, s.registrationId()));
    }

    private void problem(String message) {
        main.get().show(WorkArea.REGISTRATION);
        registration.model().showFailure(message);
    }

    @Override
    public void toPermits(Person person) {
        if (offers(Target.PERMITS)) {
            main.get().show(WorkArea.PERMIT);
            permits.showPerson(person.personId());
        }
    }

    /** 打开更正 of a permit (ADR 0374): its holder in 居住证 with that permit's own row selected. */
    void toPermit(long personId, String permitId, Runnable notFound) {
        if (offers(Target.PERMITS)) {
            main.get().show(WorkArea.PERMIT);
            permits.showPermit(personId, permitId, () -> { // the 同步 screen says the permit is missing
                main.get().show(WorkArea.SYNC);
                notFound.run();
            });
        }
    }

    @Override
    public void toEndorsement(Person person) {
        if (offers(Target.ENDORSEMENT)) {
            main.get().show(WorkArea.ENDORSEMENT);
            endorsement.findPerson(person.personId());
        }
    }

    @Override
    public void toHistory(Person person) {
        if (offers(Target.HISTORY)) {
            main.get().show(WorkArea.QUERY);
            search.showTimelineOf(person);
        }
    }
}
