package org.residencedesk.ui.form;

import java.util.List;

import javafx.beans.property.StringProperty;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;

/**
 * A text field for a code, division or choice: the worker types a code, a name or pinyin initials;
 * ControlsFX shows suggestions; committing (Enter, focus leaving, or picking a suggestion) stores the
 * top suggestion's code in the value and shows "code name". Text that matches nothing is stored as
 * typed, so the validator reports it instead of it vanishing.
 */
final class LookupField {
    private final TextField textField = new TextField();
    private final StringProperty value;
    private final LookupSource source;
    private final AutoCompletionBinding<LookupSource.Suggestion> completion;
    private boolean updatingText;

    LookupField(StringProperty value, LookupSource source) {
        this.value = value;
        this.source = source;
        completion = TextFields.bindAutoCompletion(textField, request -> source.search(request.getUserText()),
                new StringConverter<>() {
                    public String toString(LookupSource.Suggestion s) {
                        return s == null ? "" : s.display();
                    }

                    public LookupSource.Suggestion fromString(String text) {
                        return null;
                    }
                });
        completion.setOnAutoCompleted(e -> accept(e.getCompletion()));
        value.addListener((obs, o, n) -> showValue());
        textField.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) commit();
        });
        showValue();
    }

    TextField textField() {
        return textField;
    }

    /** Takes the typed text: empty clears, unchanged keeps, otherwise the top suggestion or the raw text. */
    void commit() {
        completion.getAutoCompletionPopup().hide();
        String text = textField.getText() == null ? "" : textField.getText().strip();
        if (text.isEmpty()) {
            value.set("");
        } else if (!text.equals(displayOf(value.get()))) {
            List<LookupSource.Suggestion> top = source.search(text);
            value.set(top.isEmpty() ? text : top.get(0).value());
        }
        showValue();
    }

    private void accept(LookupSource.Suggestion s) {
        value.set(s.value());
        showValue();
    }

    private void showValue() {
        if (updatingText) return;
        updatingText = true;
        try {
            textField.setText(displayOf(value.get()));
            textField.positionCaret(textField.getText().length());
        } finally {
            updatingText = false;
        }
    }

    private String displayOf(String v) {
        if (v == null || v.isEmpty()) return "";
        return source.display(v).orElse(v);
    }
}
