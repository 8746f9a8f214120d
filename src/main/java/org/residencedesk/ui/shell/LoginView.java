package org.residencedesk.ui.shell;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.residencedesk.service.Operator;
import org.residencedesk.ui.Fxml;

/**
 * The login screen, the window's first (ADR 0371). Built in code, not from FXML like the other screens (ADR 0404): on
 * a two-core counter PC the FXML loader's first use cost about 70 ms of a 650 ms cold start.
 */
public final class LoginView {
    private final TextField login = new TextField();
    private final PasswordField password = new PasswordField();
    private final Label loginError = new Label();
    private final Label passwordError = new Label();
    private final Label demoHint = new Label(Fxml.text("login.demoHint"));
    private final Label stationLabel = new Label();
    private final Button signInButton = new Button(Fxml.text("login.submit"));

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
        Label title = new Label(Fxml.text("app.title"));
        title.getStyleClass().add("screen-title");
        Label loginLabel = new Label(Fxml.text("login.login"));
        loginLabel.setLabelFor(login);
        Label passwordLabel = new Label(Fxml.text("login.password"));
        passwordLabel.setLabelFor(password);
        login.setId("login");
        password.setId("password");
        password.setOnAction(e -> signIn());
        loginError.setId("loginError");
        loginError.getStyleClass().add("field-error");
        passwordError.setId("passwordError");
        passwordError.getStyleClass().add("field-error");
        passwordError.setWrapText(true);
        stationLabel.setId("stationLabel");
        signInButton.setId("signInButton");
        signInButton.setDefaultButton(true);
        signInButton.setOnAction(e -> signIn());
        signInButton.setMaxWidth(Double.MAX_VALUE);
        demoHint.setId("demoHint");
        demoHint.getStyleClass().add("hint");
        VBox screen = new VBox(8, title, stationLabel, loginLabel, login, loginError, passwordLabel, password,
                passwordError, signInButton, demoHint);
        screen.getStyleClass().add("screen");
        screen.setMaxWidth(420);
        screen.setPadding(new Insets(48, 32, 24, 32));
        initialize();
        root = screen;
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

    private void signIn() {
        model.signIn(onSignedIn, password::requestFocus, onChangeRequired);
    }
}
