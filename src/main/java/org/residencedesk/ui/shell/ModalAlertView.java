package org.residencedesk.ui.shell;

import java.util.function.Supplier;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
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
 * The administrator's blocking alerts over the main window, shown whenever their view model asks and closed when it
 * stops asking: a broken audit chain (ADR 0139), which only 已知悉 closes, and a damaged database (ADR 0333), which
 * 知道了 or the window's close button dismisses.
 */
final class ModalAlertView {
    private final Node owner;
    private final ObservableBooleanValue wanted;
    private final String titleKey;
    private final Supplier<VBox> content;
    private final Runnable closed;
    private Stage stage;

    private ModalAlertView(Node owner, ObservableBooleanValue wanted, String titleKey, Supplier<VBox> content,
            Runnable closed) {
        this.owner = owner;
        this.wanted = wanted;
        this.titleKey = titleKey;
        this.content = content;
        this.closed = closed;
    }

    /** The broken audit chain's alert over {@code owner}'s window; only the acknowledgement closes it. */
    static void auditChain(AuditAlertViewModel model, Node owner) {
        attach(new ModalAlertView(owner, model.alertShowing(), "main.auditAlert.title", () -> auditContent(model), null));
    }

    private static VBox auditContent(AuditAlertViewModel model) {
        Label message = new Label();
        message.setId("auditAlertMessage");
        message.getStyleClass().add("field-error");
        message.textProperty().bind(model.message());
        Button acknowledge = button("acknowledgeAuditButton", "main.auditAlert.acknowledge", model::acknowledge);
        VBox content = new VBox(16, text("auditAlertText", model.alertText()), message, acknowledge);
        content.setId("auditAlert");
        return content;
    }

    /** The damaged database's alert over {@code owner}'s window until 知道了 or the close button. */
    static void damagedDatabase(DamagedDatabaseViewModel model, Node owner) {
        attach(new ModalAlertView(owner, model.alertShowing(), "main.databaseAlert.title", () -> databaseContent(model),
                model::dismiss));
    }

    private static VBox databaseContent(DamagedDatabaseViewModel model) {
        Button ok = button("dismissDatabaseAlertButton", "main.databaseAlert.dismiss", model::dismiss);
        VBox content = new VBox(16, text("databaseAlertText", model.alertText()), ok);
        content.setId("databaseAlert");
        return content;
    }

    private static Label text(String id, ObservableStringValue value) {
        Label text = new Label();
        text.setId(id);
        text.setWrapText(true);
        text.setMaxWidth(520);
        text.textProperty().bind(value);
        return text;
    }

    private static Button button(String id, String key, Runnable action) {
        Button button = new Button(Fxml.text(key));
        button.setId(id);
        button.setDefaultButton(true);
        button.setOnAction(e -> action.run());
        return button;
    }

    private static void attach(ModalAlertView view) {
        view.wanted.addListener((obs, was, showing) -> view.update());
        view.owner.sceneProperty().addListener((obs, old, scene) -> view.update());
        view.update();
    }

    private void update() {
        boolean show = wanted.get() && owner.getScene() != null && owner.getScene().getWindow() != null;
        if (show && stage == null) {
            stage = build();
            stage.show();
        } else if (!show && stage != null) {
            stage.close();
            stage = null;
        }
    }

    private Stage build() {
        Stage s = new Stage();
        s.initOwner(owner.getScene().getWindow());
        s.initModality(Modality.WINDOW_MODAL);
        s.setTitle(Fxml.text(titleKey));
        s.setOnCloseRequest(e -> {
            if (closed == null) {
                e.consume(); // only the acknowledgement closes it
            } else {
                closed.run();
            }
        });
        VBox root = content.get();
        root.setPadding(new Insets(24));
        Scene scene = new Scene(root);
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        s.setScene(scene);
        return s;
    }
}
