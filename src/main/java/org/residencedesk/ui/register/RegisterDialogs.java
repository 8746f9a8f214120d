package org.residencedesk.ui.register;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.residencedesk.service.Operator;
import org.residencedesk.service.register.EmployerForm;
import org.residencedesk.service.register.EmployerRecord;
import org.residencedesk.service.register.EmployerRegisterService;
import org.residencedesk.service.register.HouseForm;
import org.residencedesk.service.register.HouseRecord;
import org.residencedesk.service.register.HouseRegisterService;
import org.residencedesk.ui.BackgroundWork;
import org.residencedesk.ui.Fxml;
import org.residencedesk.ui.Tables;
import org.residencedesk.domain.register.HouseKind;
import org.residencedesk.domain.register.ManagerKind;

/**
 * The small "new house" and "new employer" dialogs the registration form opens from a register picker (create on
 * the fly). One labelled text field per field of the service's form, the Chinese message under each; 保存 runs the
 * service in the background and the dialog stays open until it succeeds.
 */
public final class RegisterDialogs {
    private final HouseRegisterService houses;
    private final EmployerRegisterService employers;
    private final Operator operator;
    private final BackgroundWork work;

    public RegisterDialogs(HouseRegisterService houses, EmployerRegisterService employers, Operator operator,
                           BackgroundWork work) {
        this.houses = houses;
        this.employers = employers;
        this.operator = operator;
        this.work = work;
    }

    public Optional<HouseRecord> newHouse(Node owner) {
        return edit(owner, "register.house.new", id -> Fxml.text("register.house.field." + id), HouseForm.FIELDS,
                Map.of("kind", "RENTAL", "managerKind", "PERSON"),
                v -> houses.register(operator, new HouseForm(v.get("houseCode"), v.get("kind"), v.get("divisionCode"),
                        v.get("street"), v.get("houseNumber"), v.get("building"), v.get("unit"), v.get("room"),
                        v.get("managerKind"), v.get("managerName"), v.get("managerIdNumber"),
                        v.get("managerCreditCode"), v.get("managerPhone"), v.get("rooms"), v.get("capacity"),
                        v.get("note"))));
    }

    public Optional<EmployerRecord> newEmployer(Node owner) {
        return edit(owner, "register.employer.new", id -> Fxml.text("register.employer.field." + id), EmployerForm.FIELDS, Map.of(),
                v -> employers.register(operator, new EmployerForm(v.get("creditCode"), v.get("name"),
                        v.get("divisionCode"), v.get("addressDetail"), v.get("contactName"), v.get("contactPhone"),
                        v.get("industry"))));
    }

    private <T> Optional<T> edit(Node owner, String titleKey, Function<String, String> label, List<String> fields,
                                 Map<String, String> defaults, Function<Map<String, String>, T> save) {
        Dialog<T> dialog = new Dialog<>();
        dialog.setTitle(Fxml.text(titleKey));
        if (owner != null && owner.getScene() != null) dialog.initOwner(owner.getScene().getWindow());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(2);
        Map<String, javafx.scene.control.Control> inputs = new LinkedHashMap<>();
        Map<String, Label> messages = new LinkedHashMap<>();
        int row = 0;
        for (String id : fields) {
            javafx.scene.control.Control input = input(id, defaults.getOrDefault(id, ""));
            input.setId("register-" + id);
            Label message = new Label();
            message.setStyle("-fx-text-fill: #c62828;");
            grid.addRow(row++, new Label(label.apply(id)), input, message);
            inputs.put(id, input);
            messages.put(id, message);
        }
        Label general = new Label();
        general.setStyle("-fx-text-fill: #c62828;");
        grid.add(general, 1, row);
        dialog.getDialogPane().setContent(grid);
        ButtonType saveType = new ButtonType(Fxml.text("register.save"), ButtonType.OK.getButtonData());
        dialog.getDialogPane().getButtonTypes().addAll(saveType, ButtonType.CANCEL);
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(saveType);
        Object[] saved = new Object[1];
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            if (saved[0] != null) return; // saved: let the dialog close
            e.consume();
            Map<String, String> values = new LinkedHashMap<>();
            inputs.forEach((id, input) -> values.put(id, textOf(input)));
            messages.values().forEach(l -> l.setText(""));
            general.setText("");
            saveButton.setDisable(true);
            work.run(() -> save.apply(values), result -> {
                saved[0] = result;
                saveButton.setDisable(false);
                saveButton.fire();
            }, invalid -> {
                saveButton.setDisable(false);
                invalid.fieldMessages().forEach((field, text) ->
                        Optional.ofNullable(messages.get(field)).orElse(general).setText(text));
            }, failure -> {
                saveButton.setDisable(false);
                general.setText(failure);
            });
        });
        dialog.setResultConverter(button -> null);
        Tables.settle(grid);
        dialog.showAndWait();
        @SuppressWarnings("unchecked")
        T result = (T) saved[0];
        return Optional.ofNullable(result);
    }

    /** A choice of codes shown by their Chinese labels (房屋类别, 房东或管理单位), else a text field. */
    private static javafx.scene.control.Control input(String id, String initial) {
        Map<String, String> choices = new LinkedHashMap<>();
        if (id.equals("kind")) {
            for (HouseKind k : HouseKind.values()) choices.put(k.name(), Fxml.text(k.labelKey()));
        } else if (id.equals("managerKind")) {
            for (ManagerKind k : ManagerKind.values()) choices.put(k.name(), Fxml.text(k.labelKey()));
        }
        if (choices.isEmpty()) return new TextField(initial);
        javafx.scene.control.ComboBox<String> box = new javafx.scene.control.ComboBox<>();
        box.getItems().setAll(choices.keySet());
        box.setConverter(new javafx.util.StringConverter<>() {
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
        box.setValue(initial);
        return box;
    }

    private static String textOf(javafx.scene.control.Control input) {
        if (input instanceof TextField t) return t.getText() == null ? "" : t.getText();
        if (input instanceof javafx.scene.control.ComboBox<?> c) return c.getValue() == null ? "" : c.getValue().toString();
        return "";
    }
}
