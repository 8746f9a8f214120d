package org.residencedesk.ui;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.Region;
import javafx.stage.Modality;

/**
 * Confirmations before irreversible steps (审核通过, 不予批准, 注销, discarding typed input): a Chinese dialog
 * whose default button (Enter) is 取消, so a key typed ahead never confirms by accident (ADR 0181). The dialog
 * does not block: {@code onConfirmed} runs on the FX thread only when 确定 is chosen; closing it or 取消 does
 * nothing.
 */
public final class Confirmations {
    /** The id of the confirming button (tests, docs/keyboard.md). */
    public static final String CONFIRM_ID = "confirmYes";
    /** The id of the cancelling button, the default one. */
    public static final String CANCEL_ID = "confirmNo";

    /** The dialog's width in logical pixels: a long question wraps to a few lines instead of being cut. */
    static final double QUESTION_WIDTH = 520;

    private Confirmations() {
    }

    /**
     * Asks {@code question}; {@code confirmText} names the step on the confirming button (e.g. 审核通过).
     *
     * @param anchor a node of the window the dialog belongs to
     */
    public static Alert ask(Node anchor, String question, String confirmText, Runnable onConfirmed) {
        ButtonType confirm = new ButtonType(confirmText, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Fxml.text("confirm.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, confirm, cancel);
        alert.setTitle(Fxml.text("confirm.title"));
        alert.setHeaderText(null);
        if (anchor != null && anchor.getScene() != null && anchor.getScene().getWindow() != null) {
            alert.initOwner(anchor.getScene().getWindow());
            alert.initModality(Modality.WINDOW_MODAL);
        }
        alert.getDialogPane().getStylesheets().add(Theme.STYLESHEET);
        alert.getDialogPane().getStyleClass().add("confirmation");
        // the whole question, wrapped: at a real 125 % scale the dialog's own height cut it to "…" (ADR 0386)
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().setPrefWidth(QUESTION_WIDTH);
        Button yes = (Button) alert.getDialogPane().lookupButton(confirm);
        Button no = (Button) alert.getDialogPane().lookupButton(cancel);
        yes.setId(CONFIRM_ID);
        no.setId(CANCEL_ID);
        // irreversible: Enter cancels, only a deliberate click or Alt/Tab + Space confirms
        yes.setDefaultButton(false);
        no.setDefaultButton(true);
        alert.setOnShown(e -> no.requestFocus());
        alert.resultProperty().addListener((o, old, chosen) -> {
            if (chosen == confirm) {
                onConfirmed.run();
            }
        });
        alert.show();
        return alert;
    }
}
