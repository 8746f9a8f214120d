package org.residencedesk.ui.setup;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import org.residencedesk.domain.masterdata.Division;
import org.residencedesk.domain.masterdata.MasterData;
import org.residencedesk.service.StationSetupService;
import org.residencedesk.ui.BackgroundWork;
import org.residencedesk.ui.FieldErrors;

/** Step 1 站点: the station's code, name, division and 签发机关, checked by the setup service before step 2. */
public final class StationStepViewModel implements WizardStep {
    private static final Pattern LEADING_CODE = Pattern.compile("^\\s*(\\d{6,12})\\b");

    final StringProperty stationCode = new SimpleStringProperty("");
    final StringProperty stationName = new SimpleStringProperty("");
    /** What the operator typed or picked, e.g. "420111 湖北省武汉市洪山区"; the leading code is used. */
    final StringProperty division = new SimpleStringProperty("");
    /** 签发机关 printed on the permit cards, e.g. 武汉市公安局洪山分局. */
    final StringProperty issuingAuthority = new SimpleStringProperty("");
    final FieldErrors errors = new FieldErrors("stationCode", "stationName", "divisionCode", "issuingAuthority",
            "form");
    final BooleanProperty busy = new SimpleBooleanProperty(false);

    private final StationSetupService service;
    private final MasterData masterData;
    private final BackgroundWork work;

    public StationStepViewModel(StationSetupService service, MasterData masterData, BackgroundWork work) {
        this.service = service;
        this.masterData = masterData;
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
        String text = division.get() == null ? "" : division.get();
        Matcher m = LEADING_CODE.matcher(text);
        return m.find() ? m.group(1) : text.strip();
    }

    @Override
    public void next(Runnable done) {
        String code = stationCode.get().strip();
        String name = stationName.get();
        String divisionCode = divisionCode();
        String authority = issuingAuthority.get();
        StepWork.submit(work, busy, errors, () -> {
            service.checkStation(code, name, divisionCode, authority);
            return true;
        }, ok -> done.run());
    }

    @Override
    public ObservableBooleanValue busy() {
        return busy;
    }
}
