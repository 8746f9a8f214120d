package org.residencedesk.ui.form;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
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
    /** A fill for one pick: made at the pick, so it knows the form as the pick left it (ADR 0337). */
    private final Supplier<Consumer<Map<String, String>>> fill;
    private final SuggestionList list;
    private List<RegisterLookup.Suggestion> suggestions = List.of();
    private String asked = "";
    private boolean setting;

    RegisterPickerField(StringProperty value, RegisterPick register, RegisterLookup lookup, String createLabel,
                        Supplier<Consumer<Map<String, String>>> fill) {
        this.value = value;
        this.register = register;
        this.lookup = lookup;
        this.fill = fill;
        textField.textProperty().bindBidirectional(value);
        this.list = new SuggestionList(textField, this::commit);
        textField.textProperty().addListener((obs, o, n) -> {
            if (textField.isFocused() && !setting) ask(n);
        });
        create = new Button(createLabel);
        create.setFocusTraversable(false);
        create.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // 新登记… never shrinks to "…" (ADR 0360)
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
        return list.showing() ? suggestions : List.of();
    }

    /** Enter, Tab or leaving: the highlighted row is picked and fills the form; other text stays as typed. */
    void commit() {
        int highlighted = list.highlighted();
        if (highlighted >= 0 && highlighted < suggestions.size() && asked.equals(text())) {
            RegisterLookup.Suggestion s = suggestions.get(highlighted);
            list.hide();
            picked(register == RegisterPick.EMPLOYER_NAME ? s.name() : s.key(), s.key());
            return;
        }
        list.hide();
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
        lookup.fillsFor(register, key, fill.get());
    }

    private String text() {
        return textField.getText() == null ? "" : textField.getText().strip();
    }

    private void ask(String typed) {
        String t = typed == null ? "" : typed.strip();
        asked = t;
        if (t.isEmpty()) {
            list.hide();
            return;
        }
        lookup.suggest(register, t, found -> {
            if (t.equals(asked) && textField.isFocused()) show(found);
        });
    }

    private void show(List<RegisterLookup.Suggestion> found) {
        suggestions = found;
        list.show(found.stream().map(RegisterLookup.Suggestion::listText).toList());
    }
}
