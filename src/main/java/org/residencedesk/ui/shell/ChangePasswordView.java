package org.residencedesk.ui.shell;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import org.residencedesk.service.Operator;
import org.residencedesk.ui.Fxml;

/** Thin FXML controller of 修改密码; state and rules live in {@link ChangePasswordViewModel}. */
public final class ChangePasswordView {
    @FXML private Label intro;
    @FXML private PasswordField currentPassword;
    @FXML private PasswordField newPassword;
    @FXML private PasswordField newPasswordConfirm;
    @FXML private Label currentPasswordError;
    @FXML private Label newPasswordError;
    @FXML private Label newPasswordConfirmError;
    @FXML private Label formError;
    @FXML private Button changePasswordButton;

    private final ChangePasswordViewModel model;
    private final Consumer<Operator> onChanged;
    private final Runnable onCancel;

    public ChangePasswordView(ChangePasswordViewModel model, Consumer<Operator> onChanged, Runnable onCancel) {
        this.model = model;
        this.onChanged = onChanged;
        this.onCancel = onCancel;
    }

    public Parent load() {
        return Fxml.load(this);
    }

    @FXML
    private void initialize() {
        intro.setText(model.introText());
        currentPassword.textProperty().bindBidirectional(model.currentPassword);
        newPassword.textProperty().bindBidirectional(model.newPassword);
        newPasswordConfirm.textProperty().bindBidirectional(model.newPasswordConfirm);
        currentPasswordError.textProperty().bind(model.errors.of("currentPassword"));
        newPasswordError.textProperty().bind(model.errors.of("newPassword"));
        newPasswordConfirmError.textProperty().bind(model.errors.of("newPasswordConfirm"));
        formError.textProperty().bind(model.errors.of("form"));
        changePasswordButton.disableProperty().bind(model.busy);
        Platform.runLater(currentPassword::requestFocus);
    }

    @FXML
    private void change() {
        model.submit(onChanged);
    }

    @FXML
    private void cancel() {
        model.clearPasswords();
        onCancel.run();
    }
}
