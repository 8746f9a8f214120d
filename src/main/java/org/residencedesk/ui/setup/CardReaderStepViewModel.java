package org.residencedesk.ui.setup;

import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.residencedesk.port.CardReaderSetup;
import org.residencedesk.service.Operator;
import org.residencedesk.service.setup.CardReaderSettingsService;
import org.residencedesk.ui.BackgroundWork;
import org.residencedesk.ui.FieldErrors;
import org.residencedesk.ui.Fxml;

/**
 * Step 3 读卡器 (ADR 0317): the serial ports the app sees plus the configured path (a typed path such as a
 * pseudo-terminal or {@code auto} counts too), 测试读卡 once from the chosen port, 下一步 saves it.
 */
public final class CardReaderStepViewModel implements WizardStep {
    final ObservableList<String> ports = FXCollections.observableArrayList();
    final StringProperty port = new SimpleStringProperty("");
    final StringProperty testResult = new SimpleStringProperty("");
    final BooleanProperty testPassed = new SimpleBooleanProperty(false);
    final FieldErrors errors = new FieldErrors("port", "form");
    final BooleanProperty busy = new SimpleBooleanProperty(false);

    private final CardReaderSettingsService service;
    private final Operator operator;
    private final BackgroundWork work;

    public CardReaderStepViewModel(CardReaderSettingsService service, Operator operator, BackgroundWork work) {
        this.service = service;
        this.operator = operator;
        this.work = work;
    }

    private record Seen(java.util.List<String> detected, String configured) {
    }

    /** Lists the ports (刷新); the configured one, or else the first listed, is chosen. */
    public void load() {
        busy.set(true);
        work.run(() -> new Seen(service.detectedPorts(operator), service.configuredPort(operator)), seen -> {
            busy.set(false);
            ports.setAll(seen.detected());
            if (!seen.configured().isEmpty() && !ports.contains(seen.configured())) {
                ports.add(0, seen.configured());
            }
            if (port.get().isBlank()) {
                port.set(!seen.configured().isEmpty() ? seen.configured() : ports.isEmpty() ? "" : ports.get(0));
            }
            testResult.set(ports.isEmpty() ? Fxml.text("setup.reader.noPorts") : "");
        }, this::invalid, this::failed);
    }

    /** 测试读卡: one card from the chosen port (a few seconds at most, off the FX thread). */
    public void testRead() {
        busy.set(true);
        errors.clear();
        testPassed.set(false);
        testResult.set(Fxml.text("setup.reader.testing"));
        String chosen = port.get();
        work.run(() -> service.testRead(operator, chosen), (CardReaderSetup.TestRead read) -> {
            busy.set(false);
            testPassed.set(read.passed());
            testResult.set(read.message());
        }, invalid -> {
            testResult.set("");
            invalid(invalid);
        }, this::failed);
    }

    @Override
    public void next(Runnable done) {
        busy.set(true);
        errors.clear();
        String chosen = port.get();
        work.run(() -> {
            service.save(operator, chosen);
            return true;
        }, ok -> {
            busy.set(false);
            done.run();
        }, this::invalid, this::failed);
    }

    private void invalid(org.residencedesk.service.ValidationFailure problems) {
        busy.set(false);
        errors.show(problems.fieldMessages(), "form");
    }

    private void failed(String message) {
        busy.set(false);
        errors.show(Map.of("form", message), "form");
    }

    @Override
    public ObservableBooleanValue busy() {
        return busy;
    }
}
