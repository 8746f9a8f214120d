package org.residencedesk.ui.permit;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import org.residencedesk.service.permit.PermitListItem;

/** Thin controller of the 待补材料 tab. */
public final class MaterialsTabView {
    @FXML private TableView<PermitListItem> materialsTable;
    @FXML private HBox materialsPager;
    @FXML private Label materialsMessage;

    private final MaterialsTabViewModel model;
    private final PermitLists lists;

    public MaterialsTabView(MaterialsTabViewModel model, PermitLists lists) {
        this.model = model;
        this.lists = lists;
    }

    public Parent load() {
        return PermitFxml.load(this);
    }

    @FXML
    private void initialize() {
        PermitTables.queueTable(materialsTable, materialsPager, lists, model.queue, model.message::set, model::load);
        materialsTable.getSelectionModel().selectedItemProperty().addListener((o, old, i) -> model.selected.set(i));
        materialsMessage.textProperty().bind(model.message);
    }

    @FXML
    private void continueApplication() {
        model.continueSelected();
    }
}
