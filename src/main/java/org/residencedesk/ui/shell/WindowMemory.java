package org.residencedesk.ui.shell;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.residencedesk.port.WindowStateStore;
import org.residencedesk.port.WindowStateStore.WindowState;

/**
 * Puts the main window where {@link WindowPlacement} says and remembers, per operator, its size, position,
 * maximised state and last work area in the {@link WindowStateStore} when the window closes or the operator
 * signs out (ADR 0182). The bounds remembered for a maximised window are those it returns to.
 */
public final class WindowMemory {
    private final Stage stage;
    private final WindowStateStore store;
    private double normalX;
    private double normalY;
    private double normalWidth;
    private double normalHeight;

    public WindowMemory(Stage stage, WindowStateStore store) {
        this.stage = stage;
        this.store = store;
        stage.xProperty().addListener((o, old, v) -> follow());
        stage.yProperty().addListener((o, old, v) -> follow());
        stage.widthProperty().addListener((o, old, v) -> follow());
        stage.heightProperty().addListener((o, old, v) -> follow());
    }

    /** Before anyone signs in: where the window was left last (or the default). */
    public void placeInitially() {
        apply(WindowPlacement.place(store.last(), screens()));
    }

    /** At sign-in: this operator's window, if they have one that fits a screen now; their last area's name. */
    public Optional<String> signedIn(String login) {
        Optional<WindowState> theirs = store.load(login);
        theirs.ifPresent(s -> apply(WindowPlacement.place(Optional.of(s), screens())));
        return theirs.map(WindowState::lastArea);
    }

    /** At sign-out and when the window closes: the window as it is now, and the area on screen. */
    public void remember(String login, String area) {
        store.save(login, new WindowState(normalX, normalY, normalWidth, normalHeight, stage.isMaximized(), area));
    }

    private void apply(WindowPlacement.Placement p) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Rectangle2D min = WindowPlacement.minimumSize(screen);
        stage.setMinWidth(min.getWidth());
        stage.setMinHeight(min.getHeight());
        stage.setMaximized(false);
        stage.setX(p.x());
        stage.setY(p.y());
        stage.setWidth(p.width());
        stage.setHeight(p.height());
        follow();
        stage.setMaximized(p.maximised());
    }

    private void follow() {
        if (!stage.isMaximized() && !stage.isIconified() && stage.getWidth() > 0) {
            normalX = stage.getX();
            normalY = stage.getY();
            normalWidth = stage.getWidth();
            normalHeight = stage.getHeight();
        }
    }

    private static List<Rectangle2D> screens() {
        Screen primary = Screen.getPrimary();
        java.util.ArrayList<Rectangle2D> all = new java.util.ArrayList<>();
        all.add(primary.getVisualBounds());
        Screen.getScreens().stream().filter(s -> !s.equals(primary)).forEach(s -> all.add(s.getVisualBounds()));
        return all;
    }
}
