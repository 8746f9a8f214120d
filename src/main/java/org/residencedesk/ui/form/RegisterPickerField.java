package org.residencedesk.ui.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.StringProperty;
import javafx.geometry.Bounds;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import org.residencedesk.domain.form.RegisterPick;

/**
 * A field picked from a register (ADR 0214): the clerk types a code, a name, its pinyin initials or part of the
 * address; the suggestions come from the register in the background and show in a list that takes no keys, like
 * {@link LookupField} (ADR 0175, 0176): Up/Down move the highlight, Esc closes it, Enter/Tab/leaving take the
 * highlighted row — then the row's other values are filled into the form. Text that picks nothing is kept as typed
 * (a code is checked against the register when the registration is saved). The 新登记 button beside the field
 * opens the register's small dialog and takes the new row; it is not a Tab stop.
 */
final class RegisterPickerField {
    private final TextField textField = new TextField();
    private final Button create;
    private final HBox box;
    private final StringProperty value;
    private final RegisterPick register;
    private final RegisterLookup lookup;
    private final Consumer<Map<String, String>> fill;
    private final Popup popup = new Popup();
    private final VBox list = new VBox();
    private List<RegisterLookup.Suggestion> suggestions = List.of();
    private int highlighted = -1;
    private String asked = "";
    private boolean setting;

    RegisterPickerField(StringProperty value, RegisterPick register, RegisterLookup lookup, String createLabel,
                        Consumer<Map<String, String>> fill) {
        this.value = value;
        this.register = register;
        this.lookup = lookup;
        this.fill = fill;
        textField.textProperty().bindBidirectional(value);
        list.setStyle("-fx-background-color: white; -fx-border-color: #90a4ae; -fx-border-width: 1;");
        list.setFocusTraversable(false);
        popup.getContent().add(list);
        popup.setAutoHide(false);
        popup.setAutoFix(true);
        textField.textProperty().addListener((obs, o, n) -> {
            if (textField.isFocused() && !setting) ask(n);
        });
        textField.addEventFilter(KeyEvent.KEY_PRESSED, this::navigate);
        textField.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) hideList();
        });
        create = new Button(createLabel);
        create.setFocusTraversable(false);
        create.setOnAction(e -> lookup.createNew(register, textField, this::picked));
        HBox.setHgrow(textField, Priority.ALWAYS);
        box = new HBox(4, textField, create);
    }

    TextField textField() {
        return textField;
    }

    Button createButton() {
        return create;
    }

    HBox node() {
        return box;
    }

    /** The suggestions on show (tests). */
    List<RegisterLookup.Suggestion> suggestions() {
        return popup.isShowing() ? suggestions : List.of();
    }

    /** Enter, Tab or leaving: the highlighted row is picked and fills the form; other text stays as typed. */
    void commit() {
        if (popup.isShowing() && highlighted >= 0 && highlighted < suggestions.size()
                && asked.equals(text())) {
            RegisterLookup.Suggestion s = suggestions.get(highlighted);
            hideList();
            picked(register == RegisterPick.EMPLOYER_NAME ? s.name() : s.key(), s.key());
            return;
        }
        hideList();
        value.set(text());
    }

    private void picked(String key) {
        picked(key, key);
    }

    private void picked(String shown, String key) {
        setting = true;
        try {
            value.set(shown);
        } finally {
            setting = false;
        }
        lookup.fillsFor(register, key, fill);
    }

    private String text() {
        return textField.getText() == null ? "" : textField.getText().strip();
    }

    private void ask(String typed) {
        String t = typed == null ? "" : typed.strip();
        asked = t;
        if (t.isEmpty()) {
            hideList();
            return;
        }
        lookup.suggest(register, t, found -> {
            if (t.equals(asked) && textField.isFocused()) show(found);
        });
    }

    private void show(List<RegisterLookup.Suggestion> found) {
        suggestions = found;
        highlighted = found.isEmpty() ? -1 : 0;
        if (found.isEmpty()) {
            hideList();
            return;
        }
        List<Label> lines = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Label line = new Label(found.get(i).listText());
            line.setMinWidth(Region.USE_PREF_SIZE);
            line.setMaxWidth(Double.MAX_VALUE);
            line.setFocusTraversable(false);
            int index = i;
            line.setOnMouseClicked(e -> {
                highlighted = index;
                commit();
            });
            lines.add(line);
        }
        list.getChildren().setAll(lines);
        paint();
        if (!popup.isShowing() && textField.getScene() != null && textField.getScene().getWindow() != null
                && textField.getScene().getWindow().isShowing()) {
            Bounds b = textField.localToScreen(textField.getBoundsInLocal());
            if (b != null) popup.show(textField, b.getMinX(), b.getMaxY());
        }
    }

    private void navigate(KeyEvent e) {
        if (!popup.isShowing()) return;
        if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.UP) {
            highlighted = Math.floorMod(highlighted + (e.getCode() == KeyCode.DOWN ? 1 : -1), suggestions.size());
            paint();
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            hideList();
            e.consume();
        }
    }

    private void paint() {
        for (int i = 0; i < list.getChildren().size(); i++) {
            list.getChildren().get(i).setStyle(i == highlighted ? LookupField.HIGHLIGHT_STYLE : LookupField.LINE_STYLE);
        }
    }

    private void hideList() {
        if (popup.isShowing()) popup.hide();
        highlighted = -1;
    }
}
