package org.residencedesk.ui.shell;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import org.residencedesk.service.AuthenticationService;
import org.residencedesk.service.Operator;
import org.residencedesk.ui.BackgroundWork;
import org.residencedesk.ui.Fxml;

/** 修改密码 from the user menu: a modal window over the main window; the main window stays as it is. */
final class ChangePasswordDialog {
    private ChangePasswordDialog() {
    }

    static void open(Node owner, AuthenticationService authentication, Operator operator, BackgroundWork work) {
        Stage stage = new Stage();
        stage.initOwner(owner.getScene().getWindow());
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(Fxml.text("login.change.title"));
        ChangePasswordViewModel model = new ChangePasswordViewModel(authentication, operator.login(), false, work);
        Scene scene = new Scene(new ChangePasswordView(model, changed -> {
            Label done = new Label(Fxml.text("login.change.done"));
            done.setId("passwordChangedLabel");
            done.getStyleClass().add("notice");
            Button close = new Button(Fxml.text("login.change.close"));
            close.setDefaultButton(true);
            close.setOnAction(e -> stage.close());
            VBox box = new VBox(16, done, close);
            box.setPadding(new Insets(24));
            stage.getScene().setRoot(box);
        }, stage::close).load());
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        stage.show();
    }
}
