package org.residencedesk.ui.setup;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import org.residencedesk.ui.Fxml;

/** Thin controller of step 2 管理员. */
public final class AdminStepView {
    @FXML private TextField adminLogin;
    @FXML private TextField adminDisplayName;
    @FXML private PasswordField password;
    @FXML private PasswordField passwordConfirm;
    @FXML private Label adminLoginError;
    @FXML private Label adminDisplayNameError;
    @FXML private Label passwordError;
    @FXML private Label passwordConfirmError;
    @FXML private Label formError;

    private final AdminStepViewModel model;

    public AdminStepView(AdminStepViewModel model) {
        this.model = model;
    }

    public Parent load() {
        return Fxml.load(this);
    }

    @FXML
    private void initialize() {
        adminLogin.textProperty().bindBidirectional(model.adminLogin);
        adminDisplayName.textProperty().bindBidirectional(model.adminDisplayName);
        password.textProperty().bindBidirectional(model.password);
        passwordConfirm.textProperty().bindBidirectional(model.passwordConfirm);
        adminLoginError.textProperty().bind(model.errors.of("adminLogin"));
        adminDisplayNameError.textProperty().bind(model.errors.of("adminDisplayName"));
        passwordError.textProperty().bind(model.errors.of("password"));
        passwordConfirmError.textProperty().bind(model.errors.of("passwordConfirm"));
        formError.textProperty().bind(model.errors.of("form"));
    }
}
