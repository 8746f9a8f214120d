package org.residencedesk.ui.registration;

import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.residencedesk.domain.account.Permission;
import org.residencedesk.service.Operator;
import org.residencedesk.service.registration.MovedFrom;
import org.residencedesk.service.sync.lookup.OtherStationRegistration;
import org.residencedesk.service.sync.lookup.ProvinceLookup;
import org.residencedesk.ui.BackgroundWork;
import org.residencedesk.ui.Fxml;

/**
 * 省级查询 on the registration screen (ADR 0268): asks the platform for the person's registrations at other stations
 * off the FX thread (a button, or by itself after a card swipe); says what it found or 省级查询暂不可用 and never holds
 * the counter up; 按省级记录预填 starts a 换地登记 from the latest one.
 */
public final class ProvinceLookupModel {
    private final ProvinceLookup lookup;
    private final Operator operator;
    private final BackgroundWork work;
    private final RegistrationViewModel registration;
    private final StringProperty note = new SimpleStringProperty("");
    private final BooleanProperty canPrefill = new SimpleBooleanProperty(false);
    private OtherStationRegistration found;

    ProvinceLookupModel(ProvinceLookup lookup, Operator operator, BackgroundWork work,
                        RegistrationViewModel registration) {
        this.lookup = lookup;
        this.operator = operator;
        this.work = work;
        this.registration = registration;
    }

    public boolean allowed() {
        return operator.may(Permission.REGISTRATION_VIEW) && operator.may(Permission.REGISTRATION_WRITE);
    }

    public StringProperty noteProperty() { return note; }

    public BooleanProperty canPrefillProperty() { return canPrefill; }

    /** The registration a pre-fill would start from, once a look-up found one. */
    public Optional<OtherStationRegistration> found() {
        return Optional.ofNullable(found);
    }

    /** 省级查询 for the ID number on the form now; nothing when it is empty. */
    public void lookUp() {
        String idNumber = registration.form().value("idNumber").get();
        if (!allowed() || idNumber == null || idNumber.isBlank()) {
            return;
        }
        found = null;
        canPrefill.set(false);
        note.set(Fxml.text("registration.province.asking"));
        work.run(() -> lookup.lookUp(operator, idNumber), this::show, invalid -> { }, note::set);
    }

    private void show(ProvinceLookup.Result result) {
        if (!result.available()) {
            note.set(result.note());
            return;
        }
        found = result.latest().orElse(null);
        canPrefill.set(found != null);
        note.set(found == null ? Fxml.text("registration.province.none")
                : Fxml.text("registration.province.found", result.registrations().size(), found.stationCode(),
                        found.registrationNumber(), found.active() ? Fxml.text("registration.province.active")
                                : Fxml.text("registration.province.ended"), found.registeredOn()));
    }

    /** 按省级记录预填: a new registration from the found one, which the platform is to end (换地登记). */
    public void prefill() {
        if (found != null) {
            registration.startMovedFrom(found.prefill(), new MovedFrom(found.stationCode(), found.registrationNumber()));
        }
    }
}
