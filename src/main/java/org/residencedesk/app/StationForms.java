package org.residencedesk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.residencedesk.domain.masterdata.MasterData;

/** What start-up does with a station's own form files (ADR 0167), asked without opening the station. */
public final class StationForms {
    private StationForms() {
    }

    /**
     * The Chinese notice start-up would give for {@code dataDir}'s {@code forms/registration.yaml} (the packaged form
     * is used then), or empty when the file is used or absent. The bad-input catalogue's entry point (ADR 0335).
     */
    public static Optional<String> registrationFormNotice(Path dataDir, Clock clock, MasterData masterData) {
        return AppContext.registrationForm(org.residencedesk.domain.registration.IdentityFormRules.crossFieldRules(clock, masterData), dataDir).notice();
    }
}
