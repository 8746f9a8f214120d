package org.residencedesk.ui.permit;

import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.residencedesk.domain.permit.PermitApplication;
import org.residencedesk.domain.registration.RegistrationSummary;
import org.residencedesk.port.PermitSummary;
import org.residencedesk.service.Operator;
import org.residencedesk.service.permit.PermitListItem;
import org.residencedesk.service.permit.PermitServices;
import org.residencedesk.service.registration.RegistrationService;
import org.residencedesk.ui.BackgroundWork;

/** 待补材料: an application waiting for materials is continued in the 申领 panel. */
public final class MaterialsTabViewModel {
    final PermitQueue queue;
    final ObjectProperty<PermitListItem> selected = new SimpleObjectProperty<>();
    /** Problems (error style). */
    final StringProperty message = new SimpleStringProperty("");

    private final PermitServices permits;
    private final RegistrationService registrations;
    private final Operator operator;
    private final PanelWork work;
    private final ApplicationTabViewModel application;
    private final Runnable showApplication;

    /** @param showApplication brings the 申领 tab to the front */
    public MaterialsTabViewModel(PermitServices permits, RegistrationService registrations, Operator operator,
                                 BackgroundWork background, ApplicationTabViewModel application,
                                 Runnable showApplication) {
        this.permits = permits;
        this.registrations = registrations;
        this.operator = operator;
        this.work = new PanelWork(background);
        this.application = application;
        this.showApplication = showApplication;
        this.queue = new PermitQueue(p -> permits.queries().awaitingMaterials(operator, p, PermitAreaViewModel.PAGE_SIZE));
    }

    public CompletableFuture<?> load(int page) {
        return work.load(queue, page, message::set);
    }

    private record Continued(PersonFinder.Found found, PermitApplication permit) {
    }

    /** 继续办理: the person and the application go to the 申领 panel, which is brought to the front. */
    public CompletableFuture<?> continueSelected() {
        PermitListItem item = selected.get();
        if (item == null) {
            message.set(PermitFxml.text("permitui.selectFirst"));
            return CompletableFuture.completedFuture(null);
        }
        PermitSummary permit = item.permit();
        return work.run(() -> new Continued(personOf(permit), permits.queries().open(operator, permit.id())), c -> {
            application.continueApplication(c.permit(), c.found());
            message.set("");
            showApplication.run();
        }, message::set);
    }

    /** Worker thread: the person of a listed permit (their registration row and all their permits). */
    private PersonFinder.Found personOf(PermitSummary permit) {
        RegistrationSummary reg = registrations.open(operator, permit.registrationId()).summary();
        return new PersonFinder.Found(reg, permits.queries().permitsOfPerson(operator, permit.personId()));
    }
}
