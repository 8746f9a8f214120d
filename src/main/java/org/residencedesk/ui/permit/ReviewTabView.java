package org.residencedesk.ui.permit;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import org.residencedesk.service.permit.PermitListItem;

/** Thin controller of the 待审核 tab. */
public final class ReviewTabView {
    @FXML private TableView<PermitListItem> reviewTable;
    @FXML private HBox reviewPager;
    @FXML private TextField rejectReasonField;
    @FXML private Label reviewMessage;
    @FXML private Label reviewNotice;

    private final ReviewTabViewModel model;

    public ReviewTabView(ReviewTabViewModel model) {
        this.model = model;
    }

    public Parent load() {
        return PermitFxml.load(this);
    }

    @FXML
    private void initialize() {
        PermitTables.listColumns(reviewTable);
        reviewTable.setItems(model.queue.items());
        reviewTable.getSelectionModel().selectedItemProperty().addListener((o, old, i) -> model.selected.set(i));
        PermitTables.pager(reviewPager, model.queue, model::load);
        rejectReasonField.textProperty().bindBidirectional(model.rejectReason);
        reviewMessage.textProperty().bind(model.message);
        reviewNotice.textProperty().bind(model.notice);
    }

    @FXML
    private void approve() {
        model.approve();
    }

    @FXML
    private void reject() {
        model.reject();
    }
}
