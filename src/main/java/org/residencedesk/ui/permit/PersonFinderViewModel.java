package org.residencedesk.ui.permit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.residencedesk.domain.card.IdCardData;
import org.residencedesk.domain.registration.RegistrationSummary;
import org.residencedesk.port.PermitSummary;
import org.residencedesk.ui.BackgroundWork;
import org.residencedesk.ui.FieldErrors;

/**
 * The reusable person finder: an ID number (typed or swiped) → the person's active registration and their
 * permits. Panels that work on the found person subscribe with {@link #onFound}.
 */
public final class PersonFinderViewModel {
    final StringProperty idNumber = new SimpleStringProperty("");
    final ObjectProperty<RegistrationSummary> person = new SimpleObjectProperty<>();
    /** The found person's permits; steps on one of them replace its row. */
    final ObservableList<PermitSummary> permits = FXCollections.observableArrayList();
    final FieldErrors errors = new FieldErrors("idNumber", "form");

    private final PersonFinder finder;
    private final PanelWork work;
    private final List<Consumer<PersonFinder.Found>> listeners = new ArrayList<>();

    public PersonFinderViewModel(PersonFinder finder, BackgroundWork background) {
        this.finder = finder;
        this.work = new PanelWork(background);
    }

    /** {@code listener} runs (FX thread) each time a person is shown, after the finder's own state changed. */
    public void onFound(Consumer<PersonFinder.Found> listener) {
        listeners.add(listener);
    }

    /** 查找: the typed number. */
    public CompletableFuture<PersonFinder.Found> find() {
        String typed = idNumber.get();
        return work.run(() -> finder.find(typed), this::show, errors);
    }

    /** A person reached from another list by their id (Ctrl+Shift+Z): the number field stays empty. */
    public CompletableFuture<PersonFinder.Found> findPerson(long personId) {
        idNumber.set("");
        return work.run(() -> finder.findPerson(personId), this::show, errors);
    }

    /** A swiped card puts its number in the finder. */
    public void takeCard(IdCardData card) {
        idNumber.set(card.idNumber());
    }

    /** Shows a person found here or elsewhere (a listed application, a verified online applicant). */
    public void show(PersonFinder.Found found) {
        errors.clear();
        person.set(found.registration());
        permits.setAll(found.permits());
        listeners.forEach(l -> l.accept(found));
    }

    public Optional<Long> personId() {
        return Optional.ofNullable(person.get()).map(RegistrationSummary::personId);
    }

    /** The row of a permit after a step on it (added when it is new). */
    void replacePermit(PermitSummary s) {
        for (int i = 0; i < permits.size(); i++) {
            if (permits.get(i).id().equals(s.id())) {
                permits.set(i, s);
                return;
            }
        }
        permits.add(s);
    }

    /** The line beside the finder: name, masked ID number, registration number. */
    String personText() {
        RegistrationSummary p = person.get();
        return p == null ? "" : PermitFxml.text("permitui.finder.person", p.name(), p.maskedIdNumber(),
                p.registrationNumber());
    }
}
