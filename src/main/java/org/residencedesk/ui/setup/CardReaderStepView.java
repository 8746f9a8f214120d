package org.residencedesk.ui.setup;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import org.residencedesk.ui.Fxml;

/** Thin controller of step 3 读卡器: the port list (editable: a path may be typed), 刷新 and 测试读卡. */
public final class CardReaderStepView {
    @FXML private ComboBox<String> port;
    @FXML private Label portError;
    @FXML private Button refreshButton;
    @FXML private Button testButton;
    @FXML private Label testResult;
    @FXML private Label formError;
    @FXML private Label hint;
    @FXML private Button saveButton;

    private final CardReaderStepViewModel model;

    public CardReaderStepView(CardReaderStepViewModel model) {
        this.model = model;
    }

    public Parent load() {
        Parent root = Fxml.load(this);
        model.load();
        return root;
    }

    /** 系统设置 → 读卡器: the same step with a 保存 of its own (ADR 0317). */
    public static Parent inSettings(CardReaderStepViewModel model) {
        CardReaderStepView view = new CardReaderStepView(model);
        Parent root = view.load();
        view.hint.setText(Fxml.text("setup.reader.settingsHint"));
        view.saveButton.setVisible(true);
        view.saveButton.setManaged(true);
        view.saveButton.setDefaultButton(true);
        view.saveButton.disableProperty().bind(model.busy);
        return root;
    }

    @FXML
    private void save() {
        model.next(() -> model.testResult.set(Fxml.text("setup.reader.saved")));
    }

    @FXML
    private void initialize() {
        port.setItems(model.ports);
        port.getEditor().textProperty().bindBidirectional(model.port);
        port.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.port.set(now);
            }
        });
        portError.textProperty().bind(model.errors.of("port"));
        formError.textProperty().bind(model.errors.of("form"));
        testResult.textProperty().bind(model.testResult);
        refreshButton.disableProperty().bind(model.busy);
        testButton.disableProperty().bind(model.busy);
    }

    @FXML
    private void refresh() {
        model.load();
    }

    @FXML
    private void test() {
        model.testRead();
    }
}
