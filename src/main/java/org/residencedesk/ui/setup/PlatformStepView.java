package org.residencedesk.ui.setup;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.layout.StackPane;
import org.residencedesk.ui.Fxml;

/** Thin controller of step 5 平台: the step's hint above the very view 系统设置 shows for it. */
public final class PlatformStepView {
    @FXML private StackPane content;

    private final PlatformStepViewModel model;

    public PlatformStepView(PlatformStepViewModel model) {
        this.model = model;
    }

    public Parent load() {
        return Fxml.load(this);
    }

    @FXML
    private void initialize() {
        content.getChildren().setAll(EmbeddedSettings.withoutDefaultButton(new org.residencedesk.ui.settings.platform.PlatformSettingsView(model.platform()).load()));
    }
}
