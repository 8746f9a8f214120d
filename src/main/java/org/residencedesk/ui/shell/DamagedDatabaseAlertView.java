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

/** The administrator's alert of a damaged database (ADR 0333): a modal window over the main window until 知道了. */
final class DamagedDatabaseAlertView {
    private final DamagedDatabaseViewModel model;
    private final Node owner;
    private Stage stage;

    private DamagedDatabaseAlertView(DamagedDatabaseViewModel model, Node owner) {
        this.model = model;
        this.owner = owner;
    }

    static void attach(DamagedDatabaseViewModel model, Node owner) {
        DamagedDatabaseAlertView view = new DamagedDatabaseAlertView(model, owner);
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
        text.setId("databaseAlertText");
        text.setWrapText(true);
        text.setMaxWidth(520);
        text.textProperty().bind(model.alertText());
        Button ok = new Button(Fxml.text("main.databaseAlert.dismiss"));
        ok.setId("dismissDatabaseAlertButton");
        ok.setDefaultButton(true);
        ok.setOnAction(e -> model.dismiss());
        VBox content = new VBox(16, text, ok);
        content.setId("databaseAlert");
        content.setPadding(new Insets(24));
        Stage s = new Stage();
        s.initOwner(owner.getScene().getWindow());
        s.initModality(Modality.WINDOW_MODAL);
        s.setTitle(Fxml.text("main.databaseAlert.title"));
        s.setOnCloseRequest(e -> model.dismiss());
        Scene scene = new Scene(content);
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        s.setScene(scene);
        return s;
    }
}
