package org.residencedesk.ui.settings.platform;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.residencedesk.port.platform.PlatformSettings;
import org.residencedesk.ui.Fxml;
import org.residencedesk.ui.sync.SyncText;

/** Thin controller of 系统设置 → 平台: the five fields with their problems, 保存 and 连接测试. */
public final class PlatformSettingsView {
    @FXML private TextField url;
    @FXML private TextField keystore;
    @FXML private TextField passwordFile;
    @FXML private TextField truststore;
    @FXML private TextField interval;
    @FXML private Label urlError;
    @FXML private Label keystoreError;
    @FXML private Label passwordFileError;
    @FXML private Label truststoreError;
    @FXML private Label intervalError;
    @FXML private Button saveButton;
    @FXML private Button testButton;
    @FXML private Label status;
    @FXML private Label testResult;

    private final PlatformSettingsViewModel model;

    public PlatformSettingsView(PlatformSettingsViewModel model) {
        this.model = model;
    }

    public Parent load() {
        Parent root = Fxml.load(this, SyncText.BUNDLE);
        model.load();
        return root;
    }

    @FXML
    private void initialize() {
        bind(url, urlError, PlatformSettings.URL);
        bind(keystore, keystoreError, PlatformSettings.KEYSTORE);
        bind(passwordFile, passwordFileError, PlatformSettings.PASSWORD_FILE);
        bind(truststore, truststoreError, PlatformSettings.TRUSTSTORE);
        bind(interval, intervalError, PlatformSettings.INTERVAL);
        saveButton.disableProperty().bind(model.busy);
        testButton.disableProperty().bind(model.busy);
        status.textProperty().bind(model.status);
        testResult.textProperty().bind(model.testResult);
    }

    private void bind(TextField field, Label error, String key) {
        field.textProperty().bindBidirectional(model.value(key));
        error.textProperty().bind(model.error(key));
    }

    @FXML
    private void save() {
        model.save();
    }

    @FXML
    private void test() {
        model.test();
    }
}
