package org.residencedesk.ui.permit;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import org.residencedesk.service.permit.PermitListItem;
import org.residencedesk.ui.Confirmations;

/** Thin controller of the 待审核 tab. */
public final class ReviewTabView {
    @FXML private TableView<PermitListItem> reviewTable;
    @FXML private HBox reviewPager;
    @FXML private TextField rejectReasonField;
    @FXML private Label reviewMessage;
    @FXML private Label reviewNotice;

    private final ReviewTabViewModel model;
    private final PermitLists lists;

    public ReviewTabView(ReviewTabViewModel model, PermitLists lists) {
        this.model = model;
        this.lists = lists;
    }

    public Parent load() {
        return PermitFxml.load(this);
    }

    @FXML
    private void initialize() {
        PermitTables.queueTable(reviewTable, reviewPager, lists, model.queue, model.message::set, model::load);
        reviewTable.getSelectionModel().selectedItemProperty().addListener((o, old, i) -> model.selected.set(i));
        rejectReasonField.textProperty().bindBidirectional(model.rejectReason);
        reviewMessage.textProperty().bind(model.message);
        reviewNotice.textProperty().bind(model.notice);
    }

    /** Asks first (default 取消, ADR 0181); with nothing selected the model says so at once. */
    @FXML
    private void approve() {
        model.approveQuestion().ifPresentOrElse(q -> Confirmations.ask(reviewTable, q,
                PermitFxml.text("permitui.review.approve"), model::approve), model::approve);
    }

    @FXML
    private void reject() {
        model.rejectQuestion().ifPresentOrElse(q -> Confirmations.ask(reviewTable, q,
                PermitFxml.text("permitui.review.reject"), model::reject), model::reject);
    }
}
