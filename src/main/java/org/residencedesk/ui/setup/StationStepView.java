package org.residencedesk.ui.setup;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.TextFields;
import org.residencedesk.domain.masterdata.Division;
import org.residencedesk.ui.Fxml;

/** Thin controller of step 1 站点. */
public final class StationStepView {
    @FXML private TextField stationCode;
    @FXML private TextField stationName;
    @FXML private TextField division;
    @FXML private TextField issuingAuthority;
    @FXML private Label stationCodeError;
    @FXML private Label stationNameError;
    @FXML private Label divisionCodeError;
    @FXML private Label issuingAuthorityError;
    @FXML private Label formError;

    private final StationStepViewModel model;

    public StationStepView(StationStepViewModel model) {
        this.model = model;
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
        stationCodeError.textProperty().bind(model.errors.of("stationCode"));
        stationNameError.textProperty().bind(model.errors.of("stationName"));
        divisionCodeError.textProperty().bind(model.errors.of("divisionCode"));
        issuingAuthorityError.textProperty().bind(model.errors.of("issuingAuthority"));
        formError.textProperty().bind(model.errors.of("form"));
        TextFields.bindAutoCompletion(division, request -> model.suggestDivisions(request.getUserText()),
                new StringConverter<Division>() {
                    @Override
                    public String toString(Division d) {
                        return d == null ? "" : StationStepViewModel.describe(d);
                    }

                    @Override
                    public Division fromString(String s) {
                        return null;
                    }
                });
    }
}
