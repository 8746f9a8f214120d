package org.residencedesk.ui;

import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * Scenes of secondary windows (the print previews) that fit the screen they open on (ADR 0386): at 125 % a
 * 1366×768 panel is 1092×614 logical pixels, so a 900×700 preview reached past the screen's bottom edge and its
 * last lines could not be seen. The wanted size is kept where the screen allows it; otherwise the window is as
 * large as the visible part of the screen, its title bar included.
 */
public final class ScreenFit {
    /** Room left for a window manager's title bar and frame. */
    static final double DECORATION = 32;

    private ScreenFit() {
    }

    /** A themed scene of {@code width}×{@code height} or less, fitted to the screen of {@code owner} (null: primary). */
    public static Scene scene(Parent root, double width, double height, Window owner) {
        Rectangle2D visible = visibleBounds(owner);
        return Theme.apply(new Scene(root, Math.min(width, visible.getWidth() - 2),
                Math.min(height, visible.getHeight() - DECORATION)));
    }

    /** The visible bounds (task bar excluded) of the screen that holds most of {@code owner}, or of the primary. */
    static Rectangle2D visibleBounds(Window owner) {
        if (owner != null && owner.getWidth() > 0) {
            var screens = Screen.getScreensForRectangle(owner.getX(), owner.getY(), owner.getWidth(), owner.getHeight());
            if (!screens.isEmpty()) {
                return screens.get(0).getVisualBounds();
            }
        }
        return Screen.getPrimary().getVisualBounds();
    }
}
