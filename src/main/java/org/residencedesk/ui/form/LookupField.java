package org.residencedesk.ui.form;

import java.util.List;

import javafx.beans.property.StringProperty;
import javafx.scene.control.TextField;
import javafx.stage.Popup;

/**
 * A text field for a code, division or choice: the clerk types a code, a name or pinyin; the
 * suggestions are worked out on the FX thread on every keystroke (the look-up is precomputed, ADR 0177)
 * and shown in a list as wide as its longest line. The list never takes keys (ADR 0175): Up/Down move
 * the highlight, Esc closes it, and Enter, Tab or leaving the field store the highlighted suggestion's
 * code (the renderer then moves on). Text that matches nothing is stored as typed, so the validator
 * reports it instead of it vanishing.
 */
final class LookupField {
    private final TextField textField;
    private final StringProperty value;
    private final LookupSource source;
    private final SuggestionList list;
    private List<LookupSource.Suggestion> suggestions = List.of();
    private boolean updatingText;

    LookupField(StringProperty value, LookupSource source) {
        this(new TextField(), value, source);
    }

    /** Makes {@code textField} (one laid out in FXML, say) the look-up's field. */
    LookupField(TextField textField, StringProperty value, LookupSource source) {
        this.textField = textField;
        this.value = value;
        this.source = source;
        this.list = new SuggestionList(textField, this::commit);
        textField.textProperty().addListener((obs, o, n) -> {
            if (!updatingText && textField.isFocused()) suggest(n);
        });
        value.addListener((obs, o, n) -> showValue());
        showValue();
    }

    TextField textField() {
        return textField;
    }

    /** The suggestions on show, for tests and the renderer. */
    List<LookupSource.Suggestion> suggestions() {
        return list.showing() ? suggestions : List.of();
    }

    /** The list of suggestions, when shown. */
    Popup popup() {
        return list.popup();
    }

    /**
     * Takes the typed text: empty clears, unchanged keeps, otherwise the highlighted suggestion, else the
     * best match, else the raw text. Returns the code picked from the table, or null when none was.
     */
    String commit() {
        String text = textField.getText() == null ? "" : textField.getText().strip();
        String picked = null;
        if (text.isEmpty()) {
            value.set("");
        } else if (!text.equals(displayOf(value.get()))) {
            int highlighted = list.highlighted();
            List<LookupSource.Suggestion> top = highlighted >= 0 && highlighted < suggestions.size()
                    ? List.of(suggestions.get(highlighted)) : source.search(text);
            picked = top.isEmpty() ? null : top.get(0).value();
            value.set(picked == null ? text : picked);
        }
        list.hide();
        showValue();
        return picked;
    }

    /** Shows the stored value again, dropping anything half typed (a new or restored form). */
    void showValue() {
        list.hide();
        if (updatingText) return;
        updatingText = true;
        try {
            textField.setText(displayOf(value.get()));
            textField.positionCaret(textField.getText().length());
        } finally {
            updatingText = false;
        }
    }

    private void suggest(String typed) {
        String text = typed == null ? "" : typed.strip();
        suggestions = text.isEmpty() ? List.of() : source.search(text);
        list.show(suggestions.stream().map(LookupSource.Suggestion::listText).toList());
    }

    private String displayOf(String v) {
        if (v == null || v.isEmpty()) return "";
        return source.display(v).orElse(v);
    }
}
