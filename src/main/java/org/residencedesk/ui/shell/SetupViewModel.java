package org.residencedesk.ui.shell;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.residencedesk.domain.masterdata.Division;
import org.residencedesk.domain.masterdata.MasterData;
import org.residencedesk.domain.station.Station;
import org.residencedesk.service.StationSetup;
import org.residencedesk.service.StationSetupService;
import org.residencedesk.ui.BackgroundWork;
import org.residencedesk.ui.FieldErrors;

/** First start: the station and its first administrator. Testable without a window. */
public final class SetupViewModel {
    private static final Pattern LEADING_CODE = Pattern.compile("^\\s*(\\d{6,12})\\b");

    final StringProperty stationCode = new SimpleStringProperty("");
    final StringProperty stationName = new SimpleStringProperty("");
    /** What the operator typed or picked, e.g. "420111 湖北省武汉市洪山区"; the leading code is used. */
    final StringProperty division = new SimpleStringProperty("");
    /** 签发机关 printed on the permit cards, e.g. 武汉市公安局洪山分局. */
    final StringProperty issuingAuthority = new SimpleStringProperty("");
    final StringProperty adminLogin = new SimpleStringProperty("");
    final StringProperty adminDisplayName = new SimpleStringProperty("");
    final StringProperty password = new SimpleStringProperty("");
    final StringProperty passwordConfirm = new SimpleStringProperty("");
    final FieldErrors errors = new FieldErrors("stationCode", "stationName", "divisionCode", "issuingAuthority", "adminLogin",
            "adminDisplayName", "password", "passwordConfirm", "form");
    /** True while the station is being created (and after, until the login screen replaces this one). */
    final BooleanProperty busy = new SimpleBooleanProperty(false);

    private final StationSetupService service;
    private final MasterData masterData;
    private final Supplier<Station> demoStation;
    private final BackgroundWork work;

    public SetupViewModel(StationSetupService service, MasterData masterData, Supplier<Station> demoStation,
                          BackgroundWork work) {
        this.service = service;
        this.masterData = masterData;
        this.demoStation = demoStation;
        this.work = work;
    }

    /** Divisions a station can sit in, for the auto-completion list. */
    List<Division> suggestDivisions(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        return masterData.searchDivisions(query.strip(), null, null, 15).stream()
                .filter(d -> d.code().length() >= 6)
                .toList();
    }

    static String describe(Division d) {
        return d.code() + " " + d.fullName();
    }

    String divisionCode() {
        Matcher m = LEADING_CODE.matcher(division.get() == null ? "" : division.get());
        return m.find() ? m.group(1) : division.get().strip();
    }

    /** Creates the station and its administrator from the form; bad input shows beside its fields. */
    void create(Consumer<Station> onDone) {
        StationSetup setup = new StationSetup(stationCode.get().strip(), stationName.get(), divisionCode(), issuingAuthority.get(),
                adminLogin.get().strip(), adminDisplayName.get(), password.get().toCharArray(),
                passwordConfirm.get().toCharArray());
        submit(() -> service.setUp(setup), onDone);
    }

    /** The demo station with its synthetic people (takes a few seconds on the worker). */
    void createDemo(Consumer<Station> onDone) {
        submit(demoStation, onDone);
    }

    private void submit(Supplier<Station> command, Consumer<Station> onDone) {
        busy.set(true);
        errors.clear();
        work.run(command, station -> {
            clearPasswords();
            onDone.accept(station);
        }, invalid -> {
            errors.show(invalid.fieldMessages(), "form");
            busy.set(false);
        }, message -> {
            errors.show(Map.of("form", message), "form");
            busy.set(false);
        });
    }

    void clearPasswords() {
        password.set("");
        passwordConfirm.set("");
    }
}
