package org.residencedesk.ui.settings.backup;

import java.io.File;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.stage.DirectoryChooser;
import org.residencedesk.ui.Fxml;

/** Thin FXML controller of 备份设置; state and rules live in {@link BackupViewModel}. */
public final class BackupView {
    private final BackupViewModel viewModel;

    @FXML
    private TextField folderField;
    @FXML
    private Label folderError;
    @FXML
    private TextField keepField;
    @FXML
    private Label keepError;
    @FXML
    private Label scheduleLabel;
    @FXML
    private Label lastBackupLabel;
    @FXML
    private Label messageLabel;
    @FXML
    private ProgressIndicator progress;
    @FXML
    private Button saveButton;
    @FXML
    private Button backupButton;

    public BackupView(BackupViewModel viewModel) {
        this.viewModel = viewModel;
    }

    /** The settings part, loaded and filled from the service. */
    public static Parent load(BackupViewModel viewModel) {
        Parent root = Fxml.load(new BackupView(viewModel));
        viewModel.load();
        return root;
    }

    @FXML
    private void initialize() {
        folderField.textProperty().bindBidirectional(viewModel.folderProperty());
        keepField.textProperty().bindBidirectional(viewModel.keepProperty());
        folderError.textProperty().bind(viewModel.errorOf("folder"));
        keepError.textProperty().bind(viewModel.errorOf("keep"));
        scheduleLabel.textProperty().bind(viewModel.scheduleProperty());
        lastBackupLabel.textProperty().bind(viewModel.lastBackupProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        progress.visibleProperty().bind(viewModel.busyProperty());
        saveButton.disableProperty().bind(viewModel.busyProperty());
        backupButton.disableProperty().bind(viewModel.busyProperty());
    }

    @FXML
    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(Fxml.text("backup.ui.choose"));
        File chosen = chooser.showDialog(folderField.getScene().getWindow());
        if (chosen != null) {
            viewModel.folderProperty().set(chosen.getAbsolutePath());
        }
    }

    @FXML
    private void save() {
        viewModel.save();
    }

    @FXML
    private void backupNow() {
        viewModel.backupNow();
    }
}
