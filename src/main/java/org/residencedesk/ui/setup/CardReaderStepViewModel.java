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

    /** The setting's word for probing every port, shown as 自动查找. */
    static final String AUTO = "auto";

    /** The port as the setting names it: 自动查找 becomes {@code auto}. */
    String chosenPort() {
        String shown = port.get() == null ? "" : port.get().strip();
        return shown.equals(Fxml.text("setup.reader.auto")) ? AUTO : shown;
    }

    private record Seen(java.util.List<String> detected, String configured) {
    }

    /** Lists the ports (刷新); the configured one, or else the first listed, is chosen. */
    public void load() {
        busy.set(true);
        work.run(() -> new Seen(service.detectedPorts(operator), service.configuredPort(operator)), seen -> {
            busy.set(false);
            String auto = Fxml.text("setup.reader.auto");
            String configured = AUTO.equals(seen.configured()) ? auto : seen.configured();
            ports.setAll(seen.detected());
            testResult.set(ports.isEmpty() ? Fxml.text("setup.reader.noPorts") : "");
            if (!configured.isEmpty() && !ports.contains(configured) && !configured.equals(auto)) {
                ports.add(0, configured);
            }
            ports.add(auto);
            if (port.get().isBlank()) {
                port.set(!configured.isEmpty() ? configured : ports.get(0));
            }
        }, this::invalid, this::failed);
    }

    /** 测试读卡: one card from the chosen port (a few seconds at most, off the FX thread). */
    public void testRead() {
        busy.set(true);
        errors.clear();
        testPassed.set(false);
        testResult.set(Fxml.text("setup.reader.testing"));
        String chosen = chosenPort();
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
        String chosen = chosenPort();
        StepWork.submit(work, busy, errors, () -> {
            service.save(operator, chosen);
            return true;
        }, ok -> done.run());
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
