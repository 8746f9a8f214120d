package org.residencedesk.ui.permit;

import java.util.ResourceBundle;
import javafx.scene.Parent;
import org.residencedesk.ui.Fxml;

/** The permit screens' FXML and texts come from their own bundle {@code i18n.permitui}. */
public final class PermitFxml {
    public static final ResourceBundle BUNDLE = ResourceBundle.getBundle("i18n.permitui");

    private PermitFxml() {
    }

    public static Parent load(Object controller) {
        return Fxml.load(controller, BUNDLE);
    }

    public static String text(String key, Object... args) {
        return Fxml.text(BUNDLE, key, args);
    }
}
