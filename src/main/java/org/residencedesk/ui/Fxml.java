package org.residencedesk.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ResourceBundle;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads {@code Xxx.fxml} that sits beside its controller class {@code Xxx}, with the app's bundle. */
public final class Fxml {
    public static final ResourceBundle BUNDLE = ResourceBundle.getBundle("i18n.app");

    private Fxml() {
    }

    public static Parent load(Object controller) {
        return load(controller, BUNDLE);
    }

    /** For a work area with a bundle of its own (the permit screens use {@code i18n.permitui}). */
    public static Parent load(Object controller, ResourceBundle bundle) {
        Class<?> type = controller.getClass();
        URL fxml = type.getResource(type.getSimpleName() + ".fxml");
        if (fxml == null) {
            throw new IllegalStateException("no FXML beside " + type.getName());
        }
        FXMLLoader loader = new FXMLLoader(fxml, bundle);
        loader.setControllerFactory(requested -> controller);
        try {
            Parent root = loader.load();
            Tables.settle(root); // Chinese empty tables, columns that fit, buttons that never shrink (ADR 0183)
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + fxml, e);
        }
    }

    public static String text(String key, Object... args) {
        return text(BUNDLE, key, args);
    }

    public static String text(ResourceBundle bundle, String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : java.text.MessageFormat.format(pattern, args);
    }
}
