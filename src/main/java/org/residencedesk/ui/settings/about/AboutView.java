package org.residencedesk.ui.settings.about;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.residencedesk.ui.Fxml;

/** Thin FXML controller of 关于与诊断; state lives in {@link AboutViewModel}. */
public final class AboutView {
    private final AboutViewModel viewModel;

    @FXML
    private Label versionsLabel;
    @FXML
    private Label verdictLabel;
    @FXML
    private Label databaseLabel;
    @FXML
    private TextArea reportArea;
    @FXML
    private Button refreshButton;
    @FXML
    private Button copyButton;
    @FXML
    private Label copiedLabel;

    public AboutView(AboutViewModel viewModel) {
        this.viewModel = viewModel;
    }

    /** The page, its report being built. */
    public static Parent load(AboutViewModel viewModel) {
        Parent root = Fxml.load(new AboutView(viewModel));
        viewModel.refresh();
        return root;
    }

    @FXML
    private void initialize() {
        versionsLabel.textProperty().bind(viewModel.versionsProperty());
        verdictLabel.textProperty().bind(viewModel.verdictProperty());
        databaseLabel.textProperty().bind(viewModel.databaseProperty());
        databaseLabel.visibleProperty().bind(viewModel.databaseProperty().isNotEmpty());
        databaseLabel.managedProperty().bind(databaseLabel.visibleProperty());
        reportArea.textProperty().bind(viewModel.reportProperty());
        refreshButton.disableProperty().bind(viewModel.busyProperty());
        copyButton.disableProperty().bind(viewModel.busyProperty().or(viewModel.reportProperty().isEmpty()));
    }

    @FXML
    private void refresh() {
        copiedLabel.setText("");
        viewModel.refresh();
    }

    @FXML
    private void copyForSupport() {
        ClipboardContent content = new ClipboardContent();
        content.putString(viewModel.textForSupport());
        Clipboard.getSystemClipboard().setContent(content);
        copiedLabel.setText(Fxml.text("about.copied"));
    }
}
