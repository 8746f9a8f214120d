package org.residencedesk.ui.settings.policy;

import javafx.beans.property.StringProperty;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;
import org.residencedesk.domain.policy.PolicyKey;
import org.residencedesk.ui.Fxml;

/**
 * Thin controller of the 站点政策 screen: one row per {@link PolicyKey} (a check box for yes/no, a choice for
 * the day kind, a text field otherwise) bound to {@link StationPolicyViewModel}, the 签发机关 and the notices.
 * Not wired into the shell by this package: the 系统设置 area opens it with {@link #load()}.
 */
public final class StationPolicyView {
    @FXML private GridPane grid;
    @FXML private TextField issuingAuthority;
    @FXML private Label issuingAuthorityError;
    @FXML private ListView<String> notices;
    @FXML private Label holidays;
    @FXML private Label formError;
    @FXML private Label status;
    @FXML private Button saveButton;
    @FXML private Button saveAuthorityButton;

    private final StationPolicyViewModel model;

    public StationPolicyView(StationPolicyViewModel model) {
        this.model = model;
    }

    /** Builds the screen and starts reading the settings. */
    public Parent load() {
        Parent root = Fxml.load(this, StationPolicyViewModel.BUNDLE);
        model.load();
        return root;
    }

    @FXML
    private void initialize() {
        int row = 0;
        for (PolicyKey key : PolicyKey.values()) {
            Label label = new Label(StationPolicyViewModel.label(key));
            Node input = input(key, model.value(key));
            label.setLabelFor(input);
            Label running = new Label();
            running.textProperty().bind(model.runningNote(key));
            running.getStyleClass().add("hint");
            Label error = new Label();
            error.textProperty().bind(model.error(key.fileKey()));
            error.getStyleClass().add("field-error");
            grid.addRow(row++, label, input, running);
            grid.add(error, 1, row++, 2, 1);
        }
        issuingAuthority.textProperty().bindBidirectional(model.issuingAuthority);
        issuingAuthorityError.textProperty().bind(model.error("issuingAuthority"));
        notices.setItems(model.notices);
        holidays.textProperty().bind(model.holidays);
        formError.textProperty().bind(model.error(StationPolicyViewModel.FORM));
        status.textProperty().bind(model.status);
        saveButton.disableProperty().bind(model.busy);
        saveAuthorityButton.disableProperty().bind(model.busy);
    }

    private static Node input(PolicyKey key, StringProperty value) {
        return switch (key.kind()) {
            case BOOLEAN -> {
                CheckBox box = new CheckBox(Fxml.text(StationPolicyViewModel.BUNDLE, "policy.ui.yes"));
                box.setSelected("true".equals(value.get()));
                value.addListener((o, was, now) -> box.setSelected("true".equals(now)));
                box.selectedProperty().addListener((o, was, now) -> value.set(Boolean.toString(now)));
                yield box;
            }
            case DAY_KIND -> {
                ChoiceBox<String> choice = new ChoiceBox<>();
                choice.getItems().setAll("calendar", "working");
                choice.setConverter(new StringConverter<>() {
                    @Override
                    public String toString(String kind) {
                        return kind == null ? "" : Fxml.text(StationPolicyViewModel.BUNDLE,
                                "working".equals(kind) ? "policy.ui.working" : "policy.ui.calendar");
                    }

                    @Override
                    public String fromString(String text) {
                        return text;
                    }
                });
                choice.valueProperty().bindBidirectional(value);
                yield choice;
            }
            case INTENDED_STAY -> {
                ChoiceBox<String> choice = new ChoiceBox<>();
                choice.getItems().setAll("", "1", "2", "3", "4", "5", "6");
                choice.setConverter(new StringConverter<>() {
                    @Override
                    public String toString(String code) {
                        return Fxml.text(StationPolicyViewModel.BUNDLE, code == null || code.isEmpty()
                                ? "policy.ui.intendedStay.none" : "policy.ui.intendedStay." + code);
                    }

                    @Override
                    public String fromString(String text) {
                        return text;
                    }
                });
                choice.valueProperty().bindBidirectional(value);
                yield choice;
            }
            default -> {
                TextField field = new TextField();
                field.textProperty().bindBidirectional(value);
                yield field;
            }
        };
    }

    @FXML
    private void save() {
        model.save();
    }

    @FXML
    private void saveIssuingAuthority() {
        model.saveIssuingAuthority();
    }
}
