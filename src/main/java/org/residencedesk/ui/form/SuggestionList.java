package org.residencedesk.ui.form;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;

/**
 * The suggestion list under a look-up or register field (ADR 0175, 0176): a popup as wide as its longest line that
 * never takes keys. The field keeps the focus; Up/Down (filtered on the field) move the highlight, Esc closes the
 * list, a click on a line highlights it and calls the field's commit. Closing when the field loses the focus is
 * wired here too.
 */
final class SuggestionList {
    static final String HIGHLIGHT_STYLE = "-fx-background-color: #1565c0; -fx-text-fill: white; -fx-padding: 2 6 2 6;";
    static final String LINE_STYLE = "-fx-padding: 2 6 2 6;";

    private final TextField field;
    private final Runnable commit;
    private final Popup popup = new Popup();
    private final VBox list = new VBox();
    private int highlighted = -1;

    /** @param commit what a click on a line does after highlighting it (the field's own Enter) */
    SuggestionList(TextField field, Runnable commit) {
        this.field = field;
        this.commit = commit;
        list.setStyle("-fx-background-color: white; -fx-border-color: #90a4ae; -fx-border-width: 1;");
        list.setFocusTraversable(false);
        popup.getContent().add(list);
        popup.setAutoHide(false);
        popup.setAutoFix(true);
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::navigate);
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) hide();
        });
    }

    /** Shows these lines with the first highlighted; no lines hides the list. */
    void show(List<String> lines) {
        highlighted = lines.isEmpty() ? -1 : 0;
        if (lines.isEmpty()) {
            hide();
            return;
        }
        List<Label> labels = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Label line = new Label(lines.get(i));
            line.setMinWidth(Region.USE_PREF_SIZE);
            line.setMaxWidth(Double.MAX_VALUE);
            line.setFocusTraversable(false);
            int index = i;
            line.setOnMouseClicked(e -> {
                highlighted = index;
                commit.run();
            });
            labels.add(line);
        }
        list.getChildren().setAll(labels);
        paint();
        if (!popup.isShowing() && field.getScene() != null && field.getScene().getWindow() != null
                && field.getScene().getWindow().isShowing()) {
            Bounds b = field.localToScreen(field.getBoundsInLocal());
            if (b != null) popup.show(field, b.getMinX(), b.getMaxY());
        }
    }

    void hide() {
        if (popup.isShowing()) popup.hide();
        highlighted = -1;
    }

    boolean showing() {
        return popup.isShowing();
    }

    /** The highlighted line's index while the list is on show, else -1. */
    int highlighted() {
        return popup.isShowing() ? highlighted : -1;
    }

    Popup popup() {
        return popup;
    }

    private void navigate(KeyEvent e) {
        if (!popup.isShowing()) return;
        if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.UP) {
            highlighted = Math.floorMod(highlighted + (e.getCode() == KeyCode.DOWN ? 1 : -1),
                    list.getChildren().size());
            paint();
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            hide();
            e.consume();
        }
    }

    private void paint() {
        for (int i = 0; i < list.getChildren().size(); i++) {
            list.getChildren().get(i).setStyle(i == highlighted ? HIGHLIGHT_STYLE : LINE_STYLE);
        }
    }
}
