package org.residencedesk.ui.shell;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import org.residencedesk.ui.Fxml;

/**
 * The administrator's blocking alert of a broken audit chain: a modal window over the main window that cannot be
 * closed except by acknowledging (docs/decisions/0139). It comes back whenever the model says so.
 */
final class AuditAlertView {
    private final AuditAlertViewModel model;
    private final Node owner;
    private Stage stage;

    private AuditAlertView(AuditAlertViewModel model, Node owner) {
        this.model = model;
        this.owner = owner;
    }

    /** Shows the alert over {@code owner}'s window while the model asks for it. */
    static void attach(AuditAlertViewModel model, Node owner) {
        AuditAlertView view = new AuditAlertView(model, owner);
        model.alertShowing().addListener((obs, was, showing) -> view.update());
        owner.sceneProperty().addListener((obs, old, scene) -> view.update());
        view.update();
    }

    private void update() {
        boolean wanted = model.alertShowing().get() && owner.getScene() != null
                && owner.getScene().getWindow() != null;
        if (wanted && stage == null) {
            stage = build();
            stage.show();
        } else if (!wanted && stage != null) {
            stage.close();
            stage = null;
        }
    }

    private Stage build() {
        Label text = new Label();
        text.setId("auditAlertText");
        text.setWrapText(true);
        text.setMaxWidth(520);
        text.textProperty().bind(model.alertText());
        Label message = new Label();
        message.setId("auditAlertMessage");
        message.getStyleClass().add("field-error");
        message.textProperty().bind(model.message());
        Button acknowledge = new Button(Fxml.text("main.auditAlert.acknowledge"));
        acknowledge.setId("acknowledgeAuditButton");
        acknowledge.setDefaultButton(true);
        acknowledge.setOnAction(e -> model.acknowledge());
        VBox content = new VBox(16, text, message, acknowledge);
        content.setId("auditAlert");
        content.setPadding(new Insets(24));
        Stage s = new Stage();
        s.initOwner(owner.getScene().getWindow());
        s.initModality(Modality.WINDOW_MODAL);
        s.setTitle(Fxml.text("main.auditAlert.title"));
        s.setOnCloseRequest(javafx.event.Event::consume); // only the acknowledgement closes it
        Scene scene = new Scene(content);
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        s.setScene(scene);
        return s;
    }
}
