package org.residencedesk.ui.shell;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import org.residencedesk.port.WindowStateStore.WindowState;

/**
 * Where the main window opens (ADR 0182), without a window: inside the visible bounds of a screen (the
 * task bar excluded), never larger than that screen. A remembered state is used when its title bar would be
 * on a screen now; otherwise (a screen unplugged, a smaller resolution) the default applies.
 */
public final class WindowPlacement {
    /** The default size: fits the visible part of a 1366×768 screen with its task bar. */
    public static final double DEFAULT_WIDTH = 1280;
    public static final double DEFAULT_HEIGHT = 720;
    /** The smallest window the screens are laid out for; a smaller screen gets its whole visible area. */
    public static final double MIN_WIDTH = 1024;
    public static final double MIN_HEIGHT = 600;
    /** How much of the title bar must be on a screen for a remembered position to count. */
    static final double TITLE_BAR_GRIP = 120;
    static final double TITLE_BAR_HEIGHT = 30;

    private WindowPlacement() {
    }

    /** Bounds and maximised state to open with. */
    public record Placement(double x, double y, double width, double height, boolean maximised) {
    }

    /**
     * @param remembered what the window last looked like (empty: the default)
     * @param screens the visible bounds of every screen, the primary first
     */
    public static Placement place(Optional<WindowState> remembered, List<Rectangle2D> screens) {
        Rectangle2D primary = screens.isEmpty() ? new Rectangle2D(0, 0, DEFAULT_WIDTH, DEFAULT_HEIGHT) : screens.get(0);
        if (remembered.isPresent() && usable(remembered.get())) {
            WindowState s = remembered.get();
            Optional<Rectangle2D> home = screens.stream().filter(b -> titleBarOn(s, b)).findFirst();
            if (home.isPresent()) {
                return fitted(s.x(), s.y(), s.width(), s.height(), s.maximised(), home.get());
            }
        }
        double width = Math.min(DEFAULT_WIDTH, primary.getWidth());
        double height = Math.min(DEFAULT_HEIGHT, primary.getHeight());
        return new Placement(primary.getMinX() + (primary.getWidth() - width) / 2,
                primary.getMinY() + (primary.getHeight() - height) / 2, width, height, false);
    }

    /** The smallest size the window may be made on {@code screen}. */
    public static Rectangle2D minimumSize(Rectangle2D screen) {
        return new Rectangle2D(0, 0, Math.min(MIN_WIDTH, screen.getWidth()), Math.min(MIN_HEIGHT, screen.getHeight()));
    }

    private static boolean usable(WindowState s) {
        return Double.isFinite(s.x()) && Double.isFinite(s.y()) && Double.isFinite(s.width())
                && Double.isFinite(s.height()) && s.width() > 0 && s.height() > 0;
    }

    /** The title bar's top strip overlaps {@code screen} by at least a grip's width and lies within its height. */
    private static boolean titleBarOn(WindowState s, Rectangle2D screen) {
        double left = Math.max(s.x(), screen.getMinX());
        double right = Math.min(s.x() + s.width(), screen.getMaxX());
        double top = s.y();
        return right - left >= Math.min(TITLE_BAR_GRIP, s.width()) && top >= screen.getMinY()
                && top + TITLE_BAR_HEIGHT <= screen.getMaxY();
    }

    /** The remembered bounds, shrunk to the screen and moved so the whole window is on it. */
    private static Placement fitted(double x, double y, double w, double h, boolean maximised, Rectangle2D screen) {
        double width = Math.max(Math.min(w, screen.getWidth()), Math.min(MIN_WIDTH, screen.getWidth()));
        double height = Math.max(Math.min(h, screen.getHeight()), Math.min(MIN_HEIGHT, screen.getHeight()));
        double left = Math.min(Math.max(x, screen.getMinX()), screen.getMaxX() - width);
        double top = Math.min(Math.max(y, screen.getMinY()), screen.getMaxY() - height);
        return new Placement(left, top, width, height, maximised);
    }
}
