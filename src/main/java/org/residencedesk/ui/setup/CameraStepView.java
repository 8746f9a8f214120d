package org.residencedesk.ui.setup;

import java.io.ByteArrayInputStream;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import org.residencedesk.ui.Fxml;

/** Thin controller of 系统设置 → 摄像头: the command line, 试拍 with the picture beside it, 保存. */
public final class CameraStepView {
    @FXML private TextField command;
    @FXML private Label commandError;
    @FXML private Button testButton;
    @FXML private Button saveButton;
    @FXML private ImageView preview;
    @FXML private Label testResult;
    @FXML private Label formError;

    private final CameraStepViewModel model;

    public CameraStepView(CameraStepViewModel model) {
        this.model = model;
    }

    public Parent load() {
        Parent root = Fxml.load(this);
        model.load();
        return root;
    }

    @FXML
    private void initialize() {
        command.textProperty().bindBidirectional(model.command);
        commandError.textProperty().bind(model.errors.of("command"));
        formError.textProperty().bind(model.errors.of("form"));
        testResult.textProperty().bind(model.testResult);
        testButton.disableProperty().bind(model.busy);
        saveButton.disableProperty().bind(model.busy);
        preview.imageProperty().bind(Bindings.createObjectBinding(() -> model.picture.get() == null ? null
                : new Image(new ByteArrayInputStream(model.picture.get()), preview.getFitWidth(),
                        preview.getFitHeight(), true, true), model.picture));
    }

    @FXML
    private void test() {
        model.testCapture();
    }

    @FXML
    private void save() {
        model.save();
    }
}
