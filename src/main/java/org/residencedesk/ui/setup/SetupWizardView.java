package org.residencedesk.ui.setup;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.residencedesk.ui.Fxml;

/**
 * Thin controller of the first-run wizard: the six step names on top (the current one marked), the current step's
 * view, and 上一步 (Esc, where safe) · 跳过 (steps 3–6) · 下一步 / 完成 (Enter). Step views are built once and kept.
 */
public final class SetupWizardView {
    @FXML private HBox stepsBar;
    @FXML private StackPane content;
    @FXML private Label formError;
    @FXML private Button backButton;
    @FXML private Button skipButton;
    @FXML private Button nextButton;
    @FXML private Button demoButton;
    @FXML private Label demoHint;

    private final SetupWizardViewModel model;
    private final Function<SetupStep, Parent> viewOf;
    private final Map<SetupStep, Parent> views = new EnumMap<>(SetupStep.class);
    private final Map<SetupStep, Label> names = new EnumMap<>(SetupStep.class);

    /** @param viewOf builds a step's view (asked once per step, when it is first shown) */
    public SetupWizardView(SetupWizardViewModel model, Function<SetupStep, Parent> viewOf) {
        this.model = model;
        this.viewOf = viewOf;
    }

    public Parent load() {
        return Fxml.load(this);
    }

    @FXML
    private void initialize() {
        for (SetupStep step : SetupStep.values()) {
            Label name = new Label(Fxml.text(step.titleKey()));
            name.setId("step-" + step.name());
            name.getStyleClass().add("wizard-step");
            names.put(step, name);
            stepsBar.getChildren().add(name);
        }
        formError.textProperty().bind(model.formError);
        backButton.disableProperty().bind(model.canGoBack().not().or(model.busy));
        skipButton.visibleProperty().bind(model.canSkip());
        skipButton.managedProperty().bind(model.canSkip());
        skipButton.disableProperty().bind(model.busy);
        nextButton.disableProperty().bind(model.busy);
        nextButton.textProperty().bind(Bindings.when(model.last()).then(Fxml.text("setup.wizard.finish"))
                .otherwise(Fxml.text("setup.wizard.next")));
        var onStation = model.current().isEqualTo(SetupStep.STATION);
        demoButton.visibleProperty().bind(onStation);
        demoButton.managedProperty().bind(onStation);
        demoButton.disableProperty().bind(model.busy);
        demoHint.visibleProperty().bind(onStation);
        demoHint.managedProperty().bind(onStation);
        model.current().addListener((obs, old, now) -> show(now));
        show(model.current().get());
    }

    private void show(SetupStep step) {
        names.forEach((s, label) -> {
            label.getStyleClass().remove("wizard-step-current");
            if (s == step) {
                label.getStyleClass().add("wizard-step-current");
            }
        });
        content.getChildren().setAll(views.computeIfAbsent(step, viewOf));
    }

    @FXML
    private void next() {
        model.next();
    }

    @FXML
    private void back() {
        model.back();
    }

    @FXML
    private void skip() {
        model.skip();
    }

    @FXML
    private void demo() {
        model.demo();
    }
}
