package org.residencedesk.ui;

import javafx.scene.Scene;

/**
 * The window's one CSS theme ({@code desk.css}): every scene the window opens — the main window, dialogs,
 * confirmations and previews — takes it, so spacing, type size and colours are the same everywhere (ADR 0183).
 */
public final class Theme {
    /** The stylesheet every scene uses. */
    public static final String STYLESHEET = Theme.class.getResource("/org/residencedesk/ui/desk.css").toExternalForm();

    /** The theme's type (desk.css {@code .root}): the counter's reading size at 100 % scaling. */
    public static final double FONT_SIZE = 15;
    /** The theme's first font family (bundled, loaded by PrintFonts). */
    public static final String FONT_FAMILY = "WenQuanYi Micro Hei";

    private Theme() {
    }

    /** Adds the theme to {@code scene} (once). */
    public static Scene apply(Scene scene) {
        if (!scene.getStylesheets().contains(STYLESHEET)) {
            scene.getStylesheets().add(STYLESHEET);
        }
        return scene;
    }
}
