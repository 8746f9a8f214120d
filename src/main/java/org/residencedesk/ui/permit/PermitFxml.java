package org.residencedesk.ui.permit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads {@code Xxx.fxml} beside its controller with the permit screens' own bundle {@code i18n.permitui}
 * (the shared {@code Fxml} helper is bound to {@code i18n.app}, which this area does not extend).
 */
public final class PermitFxml {
    public static final ResourceBundle BUNDLE = ResourceBundle.getBundle("i18n.permitui");

    private PermitFxml() {
    }

    public static Parent load(Object controller) {
        Class<?> type = controller.getClass();
        URL fxml = type.getResource(type.getSimpleName() + ".fxml");
        if (fxml == null) {
            throw new IllegalStateException("no FXML beside " + type.getName());
        }
        FXMLLoader loader = new FXMLLoader(fxml, BUNDLE);
        loader.setController(controller);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + fxml, e);
        }
    }

    public static String text(String key, Object... args) {
        String pattern = BUNDLE.getString(key);
        return args.length == 0 ? pattern : MessageFormat.format(pattern, args);
    }
}
