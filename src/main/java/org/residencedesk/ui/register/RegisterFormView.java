package org.residencedesk.ui.register;

import java.util.Map;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;
import org.residencedesk.ui.Fxml;

/**
 * Thin view of {@link RegisterFormViewModel}: a labelled input per field (a choice shows the Chinese labels of its
 * codes), the message beside it; shown as a dialog whose 保存 stays open until the service accepts.
 */
public final class RegisterFormView<T> {
    @FXML private GridPane fieldGrid;
    @FXML private Label formError;

    private final RegisterFormViewModel<T> model;

    public RegisterFormView(RegisterFormViewModel<T> model) {
        this.model = model;
    }

    public Parent load() {
        return Fxml.load(this);
    }

    @FXML
    private void initialize() {
        int row = 0;
        for (String field : model.fields()) {
            Control input = input(field);
            input.setId("register-" + field);
            input.setDisable(!model.editable(field));
            Label message = new Label();
            message.setId("register-error-" + field);
            message.getStyleClass().add("field-error");
            message.textProperty().bind(model.error(field));
            Label label = new Label(model.label(field));
            label.setLabelFor(input);
            fieldGrid.addRow(row++, label, input, message);
        }
        formError.setId("register-error-form");
        formError.textProperty().bind(model.error(RegisterFormViewModel.FORM));
    }

    private Control input(String field) {
        Map<String, String> choices = model.choices(field);
        if (choices.isEmpty()) {
            TextField text = new TextField();
            text.textProperty().bindBidirectional(model.value(field));
            return text;
        }
        ComboBox<String> box = new ComboBox<>();
        box.getItems().setAll(choices.keySet());
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null ? "" : choices.getOrDefault(code, code);
            }

            @Override
            public String fromString(String label) {
                return choices.entrySet().stream().filter(e -> e.getValue().equals(label)).map(Map.Entry::getKey)
                        .findFirst().orElse(label);
            }
        });
        box.valueProperty().bindBidirectional(model.value(field));
        return box;
    }

    /** The form as a modal dialog over {@code owner}: the saved record, or empty when the clerk cancelled. */
    public static <T> Optional<T> showDialog(RegisterFormViewModel<T> model, Node owner) {
        Dialog<T> dialog = new Dialog<>();
        dialog.setTitle(model.title());
        dialog.setHeaderText(model.title());
        if (owner != null && owner.getScene() != null) dialog.initOwner(owner.getScene().getWindow());
        dialog.getDialogPane().getStylesheets().add(org.residencedesk.ui.Theme.STYLESHEET);
        dialog.getDialogPane().setContent(new RegisterFormView<>(model).load());
        ButtonType saveType = new ButtonType(Fxml.text("register.save"), ButtonType.OK.getButtonData());
        dialog.getDialogPane().getButtonTypes().addAll(saveType, ButtonType.CANCEL);
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(saveType);
        saveButton.setId("registerSaveButton");
        saveButton.disableProperty().bind(model.saving);
        Object[] saved = new Object[1];
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            if (saved[0] != null) return; // saved: let the dialog close
            e.consume();
            model.save(result -> {
                saved[0] = result;
                saveButton.fire();
            });
        });
        dialog.setResultConverter(button -> null);
        dialog.showAndWait();
        @SuppressWarnings("unchecked")
        T result = (T) saved[0];
        return Optional.ofNullable(result);
    }
}
