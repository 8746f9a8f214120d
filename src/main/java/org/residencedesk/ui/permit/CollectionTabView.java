package org.residencedesk.ui.permit;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import org.residencedesk.service.permit.PermitListItem;
import org.residencedesk.ui.FieldErrors;

/** Thin controller of the 待领取 tab. */
public final class CollectionTabView {
    @FXML private TableView<PermitListItem> collectionTable;
    @FXML private HBox collectionPager;
    @FXML private TableView<PermitListItem> overdueTable;
    @FXML private HBox overduePager;
    @FXML private Label issueTargetLabel;
    @FXML private RadioButton holderRadio;
    @FXML private RadioButton collectorRadio;
    @FXML private TextField collectorNameField;
    @FXML private TextField collectorIdField;
    @FXML private TextField relationshipField;
    @FXML private Label collectionError;
    @FXML private Label collectionNotice;

    private final CollectionTabViewModel model;
    private final PermitLists lists;

    public CollectionTabView(CollectionTabViewModel model, PermitLists lists) {
        this.model = model;
        this.lists = lists;
    }

    public Parent load() {
        return PermitFxml.load(this);
    }

    @FXML
    private void initialize() {
        java.util.function.Consumer<String> showFailure = m -> model.errors.show(java.util.Map.of("form", m), "form");
        PermitTables.queueTable(collectionTable, collectionPager, lists, model.collection, showFailure,
                p -> model.load(model.collection, p));
        PermitTables.queueTable(overdueTable, overduePager, lists, model.overdue, showFailure,
                p -> model.load(model.overdue, p));
        collectionTable.getSelectionModel().selectedItemProperty().addListener((o, old, i) ->
                model.choose(i == null ? null : i.permit()));
        overdueTable.getSelectionModel().selectedItemProperty().addListener((o, old, i) ->
                model.choose(i == null ? null : i.permit()));
        issueTargetLabel.textProperty().bind(Bindings.createStringBinding(model::targetText, model.target));
        ToggleGroup who = new ToggleGroup();
        holderRadio.setToggleGroup(who);
        collectorRadio.setToggleGroup(who);
        holderRadio.setSelected(model.byHolder.get());
        collectorRadio.setSelected(!model.byHolder.get());
        holderRadio.selectedProperty().bindBidirectional(model.byHolder);
        collectorNameField.disableProperty().bind(model.byHolder);
        collectorIdField.disableProperty().bind(model.byHolder);
        relationshipField.disableProperty().bind(model.byHolder);
        collectorNameField.textProperty().bindBidirectional(model.collectorName);
        collectorIdField.textProperty().bindBidirectional(model.collectorId);
        relationshipField.textProperty().bindBidirectional(model.relationship);
        FieldErrors e = model.errors;
        collectionError.textProperty().bind(e.of("form").concat(e.of("collectorName")).concat(e.of("collectorId"))
                .concat(e.of("relationship")));
        collectionNotice.textProperty().bind(model.notice);
    }

    @FXML
    private void issue() {
        model.issue();
    }
}
