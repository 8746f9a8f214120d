package org.residencedesk.ui.shell;

import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.TextFields;
import org.residencedesk.domain.masterdata.Division;
import org.residencedesk.domain.station.Station;
import org.residencedesk.ui.Fxml;

/** Thin controller: binds fields to {@link SetupViewModel} and forwards its buttons; the model runs the commands off the FX thread. */
public final class SetupView {
    @FXML private TextField stationCode;
    @FXML private TextField stationName;
    @FXML private TextField division;
    @FXML private TextField issuingAuthority;
    @FXML private Label issuingAuthorityError;
    @FXML private TextField adminLogin;
    @FXML private TextField adminDisplayName;
    @FXML private PasswordField password;
    @FXML private PasswordField passwordConfirm;
    @FXML private Label stationCodeError;
    @FXML private Label stationNameError;
    @FXML private Label divisionCodeError;
    @FXML private Label adminLoginError;
    @FXML private Label adminDisplayNameError;
    @FXML private Label passwordError;
    @FXML private Label passwordConfirmError;
    @FXML private Label formError;
    @FXML private Button createButton;
    @FXML private Button demoButton;

    private final SetupViewModel model;
    private final Consumer<Station> onDone;

    public SetupView(SetupViewModel model, Consumer<Station> onDone) {
        this.model = model;
        this.onDone = onDone;
    }

    public Parent load() {
        return Fxml.load(this);
    }

    @FXML
    private void initialize() {
        stationCode.textProperty().bindBidirectional(model.stationCode);
        stationName.textProperty().bindBidirectional(model.stationName);
        division.textProperty().bindBidirectional(model.division);
        issuingAuthority.textProperty().bindBidirectional(model.issuingAuthority);
        issuingAuthorityError.textProperty().bind(model.errors.of("issuingAuthority"));
        adminLogin.textProperty().bindBidirectional(model.adminLogin);
        adminDisplayName.textProperty().bindBidirectional(model.adminDisplayName);
        password.textProperty().bindBidirectional(model.password);
        passwordConfirm.textProperty().bindBidirectional(model.passwordConfirm);
        stationCodeError.textProperty().bind(model.errors.of("stationCode"));
        stationNameError.textProperty().bind(model.errors.of("stationName"));
        divisionCodeError.textProperty().bind(model.errors.of("divisionCode"));
        adminLoginError.textProperty().bind(model.errors.of("adminLogin"));
        adminDisplayNameError.textProperty().bind(model.errors.of("adminDisplayName"));
        passwordError.textProperty().bind(model.errors.of("password"));
        passwordConfirmError.textProperty().bind(model.errors.of("passwordConfirm"));
        formError.textProperty().bind(model.errors.of("form"));
        createButton.disableProperty().bind(model.busy);
        demoButton.disableProperty().bind(model.busy);
        TextFields.bindAutoCompletion(division, request -> model.suggestDivisions(request.getUserText()),
                new StringConverter<Division>() {
                    @Override
                    public String toString(Division d) {
                        return d == null ? "" : SetupViewModel.describe(d);
                    }

                    @Override
                    public Division fromString(String s) {
                        return null;
                    }
                });
    }

    @FXML
    private void create() {
        model.create(onDone);
    }

    @FXML
    private void createDemo() {
        model.createDemo(onDone);
    }
}
