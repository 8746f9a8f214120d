package org.residencedesk.ui.form;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.StringProperty;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
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
    static final String HIGHLIGHT_STYLE = "-fx-background-color: #1565c0; -fx-text-fill: white; -fx-padding: 2 6 2 6;";
    static final String LINE_STYLE = "-fx-padding: 2 6 2 6;";

    private final TextField textField = new TextField();
    private final StringProperty value;
    private final LookupSource source;
    private final Popup popup = new Popup();
    private final VBox list = new VBox();
    private List<LookupSource.Suggestion> suggestions = List.of();
    private int highlighted = -1;
    private boolean updatingText;

    LookupField(StringProperty value, LookupSource source) {
        this.value = value;
        this.source = source;
        list.setStyle("-fx-background-color: white; -fx-border-color: #90a4ae; -fx-border-width: 1;");
        list.setFocusTraversable(false);
        popup.getContent().add(list);
        popup.setAutoHide(false);
        popup.setAutoFix(true);
        textField.textProperty().addListener((obs, o, n) -> {
            if (!updatingText && textField.isFocused()) suggest(n);
        });
        textField.addEventFilter(KeyEvent.KEY_PRESSED, this::navigate);
        textField.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) hideList();
        });
        value.addListener((obs, o, n) -> showValue());
        showValue();
    }

    TextField textField() {
        return textField;
    }

    /** The suggestions on show, for tests and the renderer. */
    List<LookupSource.Suggestion> suggestions() {
        return popup.isShowing() ? suggestions : List.of();
    }

    /** The list of suggestions, when shown. */
    Popup popup() {
        return popup;
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
            List<LookupSource.Suggestion> top = highlighted >= 0 && highlighted < suggestions.size()
                    ? List.of(suggestions.get(highlighted)) : source.search(text);
            picked = top.isEmpty() ? null : top.get(0).value();
            value.set(picked == null ? text : picked);
        }
        hideList();
        showValue();
        return picked;
    }

    /** Shows the stored value again, dropping anything half typed (a new or restored form). */
    void showValue() {
        hideList();
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
        highlighted = suggestions.isEmpty() ? -1 : 0;
        if (suggestions.isEmpty()) {
            hideList();
            return;
        }
        List<Label> lines = new ArrayList<>(suggestions.size());
        for (int i = 0; i < suggestions.size(); i++) {
            LookupSource.Suggestion s = suggestions.get(i);
            Label line = new Label(s.listText());
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
        paintHighlight();
        if (!popup.isShowing() && textField.getScene() != null && textField.getScene().getWindow() != null
                && textField.getScene().getWindow().isShowing()) {
            Bounds b = textField.localToScreen(textField.getBoundsInLocal());
            if (b != null) popup.show(textField, b.getMinX(), b.getMaxY());
        }
    }

    private void navigate(KeyEvent e) {
        if (!popup.isShowing()) return;
        if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.UP) {
            int step = e.getCode() == KeyCode.DOWN ? 1 : -1;
            highlighted = Math.floorMod(highlighted + step, suggestions.size());
            paintHighlight();
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            hideList();
            e.consume();
        }
    }

    private void paintHighlight() {
        for (int i = 0; i < list.getChildren().size(); i++) {
            list.getChildren().get(i).setStyle(i == highlighted ? HIGHLIGHT_STYLE : LINE_STYLE);
        }
    }

    private void hideList() {
        if (popup.isShowing()) popup.hide();
        highlighted = -1;
    }

    private String displayOf(String v) {
        if (v == null || v.isEmpty()) return "";
        return source.display(v).orElse(v);
    }
}
