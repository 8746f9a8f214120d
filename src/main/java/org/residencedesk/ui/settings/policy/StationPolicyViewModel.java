package org.residencedesk.ui.settings.policy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.residencedesk.domain.policy.HolidayTable;
import org.residencedesk.domain.policy.PolicyKey;
import org.residencedesk.service.Operator;
import org.residencedesk.service.settings.PolicySettings;
import org.residencedesk.service.settings.StationPolicyService;
import org.residencedesk.ui.BackgroundWork;
import org.residencedesk.ui.FieldErrors;
import org.residencedesk.ui.Fxml;

/**
 * 站点政策 (系统设置, administrator): every policy value as it is written in the policy file, the 签发机关,
 * and what the program runs on now. Policy values apply at the next start; the screen says so whenever the
 * saved values differ from the running ones. Testable without a window.
 */
public final class StationPolicyViewModel {
    static final ResourceBundle BUNDLE = ResourceBundle.getBundle("i18n.policy");
    static final String FORM = "form";

    private final Map<PolicyKey, StringProperty> values = new EnumMap<>(PolicyKey.class);
    private final Map<PolicyKey, StringProperty> running = new EnumMap<>(PolicyKey.class);
    final StringProperty issuingAuthority = new SimpleStringProperty("");
    final FieldErrors errors;
    /** What happened last (saved, needs a restart, …). */
    final StringProperty status = new SimpleStringProperty("");
    /** Which holiday table the working-day calendar uses and for which years. */
    final StringProperty holidays = new SimpleStringProperty("");
    /** What start-up refused (a station form override), shown once here and in the status line. */
    final ObservableList<String> notices = FXCollections.observableArrayList();
    final BooleanProperty busy = new SimpleBooleanProperty(false);

    private final StationPolicyService service;
    private final Operator operator;
    private final BackgroundWork work;

    public StationPolicyViewModel(StationPolicyService service, Operator operator, BackgroundWork work) {
        this.service = service;
        this.operator = operator;
        this.work = work;
        List<String> fields = new ArrayList<>();
        for (PolicyKey k : PolicyKey.values()) {
            values.put(k, new SimpleStringProperty(""));
            running.put(k, new SimpleStringProperty(""));
            fields.add(k.fileKey());
        }
        fields.add(StationPolicyService.ISSUING_AUTHORITY);
        fields.add(FORM);
        this.errors = new FieldErrors(fields.toArray(String[]::new));
    }

    /** The value of {@code key} as typed, in the file's spelling (true/false, calendar/working, 20.00). */
    public StringProperty value(PolicyKey key) {
        return values.get(key);
    }

    /** "正在使用：6" when the running value differs from the saved one, else empty. */
    public ReadOnlyStringProperty runningNote(PolicyKey key) {
        return running.get(key);
    }

    public ReadOnlyStringProperty error(String field) {
        return errors.of(field);
    }

    public static String label(PolicyKey key) {
        return Fxml.text(BUNDLE, key.labelKey());
    }

    /** Reads the settings on the worker. */
    public void load() {
        submit(() -> service.settings(operator), s -> status.set(s.restartNeeded()
                ? Fxml.text(BUNDLE, "policy.ui.restartNeeded") : ""));
    }

    /** Saves every policy value; bad values show beside their fields and nothing is written. */
    public void save() {
        Map<PolicyKey, String> typed = new EnumMap<>(PolicyKey.class);
        values.forEach((k, p) -> typed.put(k, p.get()));
        submit(() -> service.change(operator, typed), s -> status.set(Fxml.text(BUNDLE,
                s.restartNeeded() ? "policy.ui.savedRestart" : "policy.ui.savedSame")));
    }

    /** Saves the 签发机关; it is printed from the next card on. */
    public void saveIssuingAuthority() {
        String typed = issuingAuthority.get();
        submit(() -> service.changeIssuingAuthority(operator, typed),
                s -> status.set(Fxml.text(BUNDLE, "policy.ui.authoritySaved")));
    }

    private void submit(java.util.function.Supplier<PolicySettings> command,
                        java.util.function.Consumer<PolicySettings> then) {
        busy.set(true);
        errors.clear();
        work.run(command, s -> {
            show(s);
            then.accept(s);
            busy.set(false);
        }, invalid -> {
            errors.show(invalid.fieldMessages(), FORM);
            busy.set(false);
        }, message -> {
            errors.show(Map.of(FORM, message), FORM);
            busy.set(false);
        });
    }

    private void show(PolicySettings s) {
        for (PolicyKey k : PolicyKey.values()) {
            values.get(k).set(s.saved().text(k));
            String now = s.running().text(k);
            running.get(k).set(now.equals(s.saved().text(k)) ? "" : Fxml.text(BUNDLE, "policy.ui.running", now));
        }
        issuingAuthority.set(s.issuingAuthority().orElse(""));
        String years = s.holidays().years().stream().map(String::valueOf).collect(Collectors.joining("、"));
        holidays.set(Fxml.text(BUNDLE, s.holidays().stationFile() ? "policy.ui.holidaysStation"
                : "policy.ui.holidaysPackaged", years, HolidayTable.STATION_FILE));
        List<String> shown = Stream.concat(
                s.fileExists() ? Stream.<String>empty() : Stream.of(Fxml.text(BUNDLE, "policy.ui.noFile")),
                s.issuingAuthority().isPresent() ? Stream.<String>empty()
                        : Stream.of(Fxml.text(BUNDLE, "policy.ui.authorityMissing"))).toList();
        notices.setAll(Stream.concat(shown.stream(), s.startupNotices().stream()).toList());
    }
}
