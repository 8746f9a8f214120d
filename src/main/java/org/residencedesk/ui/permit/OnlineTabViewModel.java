package org.residencedesk.ui.permit;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.residencedesk.domain.card.IdCardData;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.service.Operator;
import org.residencedesk.service.ValidationFailure;
import org.residencedesk.service.permit.ApplicationRequest;
import org.residencedesk.service.permit.OnlineApplicationService;
import org.residencedesk.service.permit.OnlineItem;
import org.residencedesk.ui.BackgroundWork;
import org.residencedesk.ui.FieldErrors;

/**
 * 互联网申办: the applicant's swiped card verifies the selected pre-application; a registration request goes
 * to the registration screen pre-filled and is closed (办结) once saved; a permit request goes to the 申领
 * panel; either can be returned (退回) with a reason.
 */
public final class OnlineTabViewModel {
    final ObservableList<OnlineItem> items = FXCollections.observableArrayList();
    final ObjectProperty<OnlineItem> selected = new SimpleObjectProperty<>();
    final StringProperty rejectReason = new SimpleStringProperty("");
    final FieldErrors errors = new FieldErrors("form", "idNumber", "reason");
    final StringProperty notice = new SimpleStringProperty("");

    private final OnlineApplicationService online;
    private final PersonFinder finder;
    private final ZoneId zone;
    private final Operator operator;
    private final PanelWork work;
    private final ApplicationTabViewModel application;
    private final Runnable showApplication;
    private Consumer<FormValues> openRegistration = values -> { };
    /** ID numbers read from the swiped card per verified pre-application (never shown, only used to find the person). */
    private final Map<Long, String> verifiedIdNumbers = new HashMap<>();

    /** @param showApplication brings the 申领 tab to the front */
    public OnlineTabViewModel(OnlineApplicationService online, PersonFinder finder, ZoneId zone, Operator operator,
                              BackgroundWork background, ApplicationTabViewModel application,
                              Runnable showApplication) {
        this.online = online;
        this.finder = finder;
        this.zone = zone;
        this.operator = operator;
        this.work = new PanelWork(background);
        this.application = application;
        this.showApplication = showApplication;
    }

    /** Where 转居住登记 sends the pre-filled form (the registration screen). */
    public void openRegistrationWith(Consumer<FormValues> target) {
        this.openRegistration = target;
    }

    ZoneId zone() {
        return zone;
    }

    public CompletableFuture<List<OnlineItem>> load() {
        return work.run(this::pending, items::setAll, errors, notice);
    }

    private List<OnlineItem> pending() {
        return online.pendingOnlineApplications(operator, 0, PermitAreaViewModel.PAGE_SIZE);
    }

    /** The applicant's swiped card must match the selected pre-application; the row stays selected. */
    public CompletableFuture<List<OnlineItem>> cardRead(IdCardData card) {
        OnlineItem item = selected.get();
        if (item == null) {
            errors.show(Map.of("form", PermitFxml.text("permitui.online.selectFirst")), "form");
            return CompletableFuture.completedFuture(null);
        }
        return work.run(() -> {
            online.verifyIdentity(operator, item.id(), card.idNumber(), card.name());
            return pending();
        }, reloaded -> {
            verifiedIdNumbers.put(item.id(), card.idNumber());
            notice.set(PermitFxml.text("permitui.online.verified"));
            items.setAll(reloaded);
            reloaded.stream().filter(i -> i.id() == item.id()).findFirst().ifPresent(selected::set);
        }, errors, notice);
    }

    /** 转居住登记: the registration form pre-filled from the pre-application. */
    public CompletableFuture<FormValues> toRegistration() {
        return onSelected(item -> () -> online.convertToRegistration(operator, item.id()), openRegistration);
    }

    /** 办结: closes a registration pre-application once the registration was saved. */
    public CompletableFuture<List<OnlineItem>> done() {
        return onSelected(item -> {
            String verified = verifiedIdNumbers.get(item.id());
            return () -> {
                PersonFinder.Found found = applicant(verified);
                online.markDone(operator, item.id(), found.registration().registrationNumber());
                return pending();
            };
        }, reloaded -> {
            items.setAll(reloaded);
            notice.set(PermitFxml.text("permitui.online.closed"));
        });
    }

    private record OnlineApplicant(long onlineId, PersonFinder.Found found, ApplicationRequest request) {
    }

    /** 转居住证申请: the verified applicant and what they asked for online go to the 申领 panel. */
    public CompletableFuture<?> toPermit() {
        return onSelected(item -> {
            String verified = verifiedIdNumbers.get(item.id());
            return () -> new OnlineApplicant(item.id(), applicant(verified),
                    online.permitRequestOf(operator, item.id()));
        }, (OnlineApplicant a) -> {
            application.startOnlineApplication(a.onlineId(), a.found(), a.request());
            showApplication.run();
        });
    }

    /** 退回 (needs a reason). */
    public CompletableFuture<List<OnlineItem>> reject() {
        String reason = rejectReason.get();
        return onSelected(item -> () -> {
            online.reject(operator, item.id(), reason);
            return pending();
        }, reloaded -> {
            items.setAll(reloaded);
            rejectReason.set("");
            notice.set(PermitFxml.text("permitui.online.rejected"));
        });
    }

    /** Worker thread: the verified applicant's active registration. */
    private PersonFinder.Found applicant(String verifiedIdNumber) {
        if (verifiedIdNumber == null) {
            throw new ValidationFailure(Map.of("idNumber", PermitFxml.text("permitui.online.swipeFirst")));
        }
        return finder.find(verifiedIdNumber);
    }

    private <T> CompletableFuture<T> onSelected(Function<OnlineItem, Supplier<T>> action, Consumer<T> onSuccess) {
        OnlineItem item = selected.get();
        if (item == null) {
            PanelWork.fail(errors, notice, PermitFxml.text("permitui.selectFirst"));
            return CompletableFuture.completedFuture(null);
        }
        return work.run(action.apply(item), onSuccess, errors, notice);
    }
}
