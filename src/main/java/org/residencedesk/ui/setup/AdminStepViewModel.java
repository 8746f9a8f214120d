package org.residencedesk.ui.setup;

import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import org.residencedesk.domain.station.Station;
import org.residencedesk.service.AuthenticationService;
import org.residencedesk.service.Operator;
import org.residencedesk.service.StationSetup;
import org.residencedesk.service.StationSetupService;
import org.residencedesk.ui.BackgroundWork;
import org.residencedesk.ui.FieldErrors;

/**
 * Step 2 管理员: the first administrator. 下一步 creates the station (step 1's fields) with this account in one
 * transaction, then signs the administrator in through the real sign-in so steps 3–6 run as a proven operator.
 */
public final class AdminStepViewModel implements WizardStep {
    /** The station just created and its administrator, signed in. */
    public record Created(Station station, Operator administrator) {
    }

    final StringProperty adminLogin = new SimpleStringProperty("");
    final StringProperty adminDisplayName = new SimpleStringProperty("");
    final StringProperty password = new SimpleStringProperty("");
    final StringProperty passwordConfirm = new SimpleStringProperty("");
    final FieldErrors errors = new FieldErrors("adminLogin", "adminDisplayName", "password", "passwordConfirm",
            "form");
    final BooleanProperty busy = new SimpleBooleanProperty(false);

    private final StationStepViewModel stationStep;
    private final StationSetupService service;
    private final AuthenticationService authentication;
    private final BackgroundWork work;
    private Created created;

    public AdminStepViewModel(StationStepViewModel stationStep, StationSetupService service,
                              AuthenticationService authentication, BackgroundWork work) {
        this.stationStep = stationStep;
        this.service = service;
        this.authentication = authentication;
        this.work = work;
    }

    /** Present once the station exists. */
    public Optional<Created> created() {
        return Optional.ofNullable(created);
    }

    @Override
    public void next(Runnable done) {
        String login = adminLogin.get().strip();
        StationSetup setup = new StationSetup(stationStep.stationCode.get().strip(), stationStep.stationName.get(),
                stationStep.divisionCode(), stationStep.issuingAuthority.get(), login, adminDisplayName.get(),
                password.get().toCharArray(), passwordConfirm.get().toCharArray());
        char[] signIn = password.get().toCharArray(); // setUp wipes its own copies
        // a station field (changed since step 1) has no place here: StepWork names it on the form line
        StepWork.submit(work, busy, errors, () -> {
            try {
                Station station = service.setUp(setup);
                return new Created(station, authentication.login(login, signIn));
            } finally {
                java.util.Arrays.fill(signIn, '\0');
            }
        }, made -> {
            created = made;
            password.set("");
            passwordConfirm.set("");
            done.run();
        });
    }

    @Override
    public ObservableBooleanValue busy() {
        return busy;
    }
}
