package org.residencedesk.ui.permit;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.residencedesk.service.permit.OnlineItem;
import org.residencedesk.ui.FieldErrors;

/** Thin controller of the 互联网申办 tab. */
public final class OnlineTabView {
    @FXML private TableView<OnlineItem> onlineTable;
    @FXML private TextField onlineRejectField;
    @FXML private Label onlineMessage;
    @FXML private Label onlineNotice;

    private final OnlineTabViewModel model;

    public OnlineTabView(OnlineTabViewModel model) {
        this.model = model;
    }

    public Parent load() {
        return PermitFxml.load(this);
    }

    @FXML
    private void initialize() {
        PermitTables.column(onlineTable, "permitui.col.kind", 110, i -> PermitFxml.text("permitui.online.kind."
                + i.kind().name()));
        PermitTables.column(onlineTable, "permitui.col.name", 100, OnlineItem::name);
        PermitTables.column(onlineTable, "permitui.col.id", 170, OnlineItem::maskedIdNumber);
        PermitTables.column(onlineTable, "permitui.col.received", 150,
                i -> i.receivedAt().atZone(model.zone()).toLocalDateTime().toString().replace('T', ' '));
        PermitTables.column(onlineTable, "permitui.col.status", 80, i -> PermitFxml.text("permitui.online.status."
                + i.status().name()));
        onlineTable.setItems(model.items);
        // the clerk's row and the model's follow each other (a reloaded list keeps the verified row selected)
        onlineTable.getSelectionModel().selectedItemProperty().addListener((o, old, i) -> model.selected.set(i));
        model.selected.addListener((o, old, i) -> {
            if (i != null && onlineTable.getSelectionModel().getSelectedItem() != i) {
                onlineTable.getSelectionModel().select(i);
            }
        });
        onlineRejectField.textProperty().bindBidirectional(model.rejectReason);
        FieldErrors e = model.errors;
        onlineMessage.textProperty().bind(e.of("form").concat(e.of("idNumber")).concat(e.of("reason")));
        onlineNotice.textProperty().bind(model.notice);
    }

    @FXML
    private void loadOnline() {
        model.load();
    }

    @FXML
    private void toRegistration() {
        model.toRegistration();
    }

    @FXML
    private void onlineDone() {
        model.done();
    }

    @FXML
    private void toPermit() {
        model.toPermit();
    }

    @FXML
    private void rejectOnline() {
        model.reject();
    }
}
