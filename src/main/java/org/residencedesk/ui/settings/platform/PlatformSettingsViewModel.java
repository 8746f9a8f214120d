package org.residencedesk.ui.settings.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.residencedesk.port.platform.ConnectionReport;
import org.residencedesk.port.platform.PlatformSettings;
import org.residencedesk.service.Operator;
import org.residencedesk.service.ValidationFailure;
import org.residencedesk.service.sync.PlatformSettingsService;
import org.residencedesk.ui.BackgroundWork;
import org.residencedesk.ui.sync.SyncText;

/**
 * 系统设置 → 平台 (issue 13 items 4 and 5, ADR 0271): the values of {@code platform.properties}, 保存 (checked by the
 * station's own rules; each problem beside its field) and 连接测试 (off the FX thread, each step in Chinese).
 */
public final class PlatformSettingsViewModel {
    /** The fields, by the key of {@code platform.properties} their problems name. */
    public static final List<String> KEYS = List.of(PlatformSettings.URL, PlatformSettings.KEYSTORE,
            PlatformSettings.PASSWORD_FILE, PlatformSettings.TRUSTSTORE, PlatformSettings.INTERVAL);

    private final PlatformSettingsService service;
    private final Operator operator;
    private final BackgroundWork work;
    private final Map<String, StringProperty> values = new LinkedHashMap<>();
    private final Map<String, StringProperty> errors = new LinkedHashMap<>();
    public final StringProperty status = new SimpleStringProperty("");
    public final StringProperty testResult = new SimpleStringProperty("");
    public final BooleanProperty testPassed = new SimpleBooleanProperty(false);
    public final BooleanProperty busy = new SimpleBooleanProperty(false);
    /** True once the station's file has been read into the fields. */
    public final BooleanProperty loaded = new SimpleBooleanProperty(false);

    public PlatformSettingsViewModel(PlatformSettingsService service, Operator operator, BackgroundWork work) {
        this.service = service;
        this.operator = operator;
        this.work = work;
        for (String key : KEYS) {
            values.put(key, new SimpleStringProperty(""));
            errors.put(key, new SimpleStringProperty(""));
        }
    }

    public StringProperty value(String key) {
        return values.get(key);
    }

    public StringProperty error(String key) {
        return errors.get(key);
    }

    PlatformSettings settings() {
        return new PlatformSettings(values.get(PlatformSettings.URL).get(), values.get(PlatformSettings.KEYSTORE).get(),
                values.get(PlatformSettings.PASSWORD_FILE).get(), values.get(PlatformSettings.TRUSTSTORE).get(),
                values.get(PlatformSettings.INTERVAL).get());
    }

    /** Reads the station's file. */
    public void load() {
        work.run(() -> service.current(operator), s -> {
            values.get(PlatformSettings.URL).set(s.url());
            values.get(PlatformSettings.KEYSTORE).set(s.keystore());
            values.get(PlatformSettings.PASSWORD_FILE).set(s.keystorePasswordFile());
            values.get(PlatformSettings.TRUSTSTORE).set(s.truststore());
            values.get(PlatformSettings.INTERVAL).set(s.intervalMinutes());
            loaded.set(true);
        }, invalid -> { }, status::set);
    }

    /** 保存: checked, written atomically, audited; the uploader uses it from its next request. */
    public void save() {
        save(() -> { });
    }

    /** 保存, then {@code afterSaved} once the file is written (the first-run wizard's 下一步, ADR 0315). */
    public void save(Runnable afterSaved) {
        clearErrors();
        status.set("");
        busy.set(true);
        PlatformSettings typed = settings();
        work.run(() -> {
            service.save(operator, typed);
            return true;
        }, ok -> {
            busy.set(false);
            status.set(SyncText.text("syncui.settings.saved"));
            afterSaved.run();
        }, this::showProblems, failure -> {
            busy.set(false);
            status.set(failure);
        });
    }

    /** 连接测试 with the values as typed (saved or not). */
    public void test() {
        clearErrors();
        busy.set(true);
        testPassed.set(false);
        testResult.set(SyncText.text("syncui.settings.testing"));
        PlatformSettings typed = settings();
        work.run(() -> service.test(operator, typed), this::showReport, this::showProblems, failure -> {
            busy.set(false);
            testResult.set(failure);
        });
    }

    private void showReport(ConnectionReport report) {
        busy.set(false);
        testPassed.set(report.passed());
        StringBuilder text = new StringBuilder(SyncText.text(report.passed() ? "syncui.settings.testPassed"
                : "syncui.settings.testFailed"));
        for (ConnectionReport.Step step : report.steps()) {
            text.append('\n').append(SyncText.text(step.passed() ? "syncui.settings.step.passed"
                    : "syncui.settings.step.failed", SyncText.text("syncui.settings.check." + step.check().name()),
                    step.message()));
        }
        testResult.set(text.toString());
    }

    private void showProblems(ValidationFailure invalid) {
        busy.set(false);
        invalid.fieldMessages().forEach((key, message) -> {
            StringProperty error = errors.get(key);
            (error != null ? error : status).set(message);
        });
    }

    private void clearErrors() {
        errors.values().forEach(e -> e.set(""));
    }
}
