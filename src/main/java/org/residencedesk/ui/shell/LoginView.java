package org.residencedesk.ui.shell;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import org.residencedesk.service.Operator;
import org.residencedesk.ui.Fxml;

public final class LoginView {
    @FXML private TextField login;
    @FXML private PasswordField password;
    @FXML private Label loginError;
    @FXML private Label passwordError;
    @FXML private Label demoHint;
    @FXML private Label stationLabel;
    @FXML private Button signInButton;

    private final LoginViewModel model;
    private final String stationDescription;
    private final Consumer<Operator> onSignedIn;
    private final Consumer<String> onChangeRequired;

    /** @param onChangeRequired receives the login whose password an administrator set (the change step follows) */
    public LoginView(LoginViewModel model, String stationDescription, Consumer<Operator> onSignedIn,
                     Consumer<String> onChangeRequired) {
        this.model = model;
        this.stationDescription = stationDescription;
        this.onSignedIn = onSignedIn;
        this.onChangeRequired = onChangeRequired;
    }

    private Parent root;

    public Parent load() {
        root = Fxml.load(this);
        return root;
    }

    /** The loaded screen. */
    Parent root() {
        return root;
    }

    /** The station line, once the database named its station (ADR 0371). */
    void station(String description) {
        stationLabel.setText(description);
    }

    @FXML
    private void initialize() {
        login.textProperty().bindBidirectional(model.login);
        password.textProperty().bindBidirectional(model.password);
        loginError.textProperty().bind(model.errors.of("login"));
        passwordError.textProperty().bind(model.errors.of("password"));
        demoHint.setVisible(model.demo);
        demoHint.setManaged(model.demo);
        stationLabel.setText(stationDescription);
        signInButton.disableProperty().bind(model.busy);
        Platform.runLater(login::requestFocus);
    }

    @FXML
    private void signIn() {
        model.signIn(onSignedIn, password::requestFocus, onChangeRequired);
    }
}
