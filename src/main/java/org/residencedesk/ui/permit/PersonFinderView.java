package org.residencedesk.ui.permit;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/** The finder bar: ID number field, 查找, the found person's line. */
public final class PersonFinderView {
    @FXML private TextField permitIdField;
    @FXML private Label finderError;
    @FXML private Label personLabel;

    private final PersonFinderViewModel model;

    public PersonFinderView(PersonFinderViewModel model) {
        this.model = model;
    }

    public Parent load() {
        return PermitFxml.load(this);
    }

    @FXML
    private void initialize() {
        permitIdField.textProperty().bindBidirectional(model.idNumber);
        permitIdField.setOnAction(e -> find());
        finderError.textProperty().bind(model.errors.of("idNumber").concat(model.errors.of("form")));
        personLabel.textProperty().bind(Bindings.createStringBinding(model::personText, model.person));
    }

    @FXML
    private void find() {
        model.find();
    }
}
