package org.residencedesk.ui.setup;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.layout.StackPane;
import org.residencedesk.ui.Fxml;

/** Thin controller of step 6 备份: the step's hint above the very view 系统设置 shows for it. */
public final class BackupStepView {
    @FXML private StackPane content;

    private final BackupStepViewModel model;

    public BackupStepView(BackupStepViewModel model) {
        this.model = model;
    }

    public Parent load() {
        return Fxml.load(this);
    }

    @FXML
    private void initialize() {
        content.getChildren().setAll(EmbeddedSettings.withoutDefaultButton(org.residencedesk.ui.settings.backup.BackupView.load(model.backup())));
    }
}
