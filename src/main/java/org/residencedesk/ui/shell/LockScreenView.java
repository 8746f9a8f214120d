package org.residencedesk.ui.shell;

import java.util.function.Consumer;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.event.Event;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.residencedesk.ui.Fxml;

/**
 * The lock overlay (docs/decisions/0162). {@link #wrap} puts the main window and the overlay in one stack: input
 * anywhere in the window feeds the {@link IdleLock}, a one-second tick locks it after the idle time, and while
 * locked the overlay covers the untouched main window (typed values stay in place, hidden), which is disabled and
 * receives no key (not even the window's shortcuts).
 */
public final class LockScreenView {
    /** How often the idle time is checked; the lock is at most this late. */
    static final Duration TICK = Duration.seconds(1);

    @FXML private Label lockedLabel;
    @FXML private PasswordField unlockPassword;
    @FXML private Label unlockPasswordError;
    @FXML private Button unlockButton;

    private final LockScreenViewModel model;
    private final Consumer<String> onAccountUnavailable;
    private final Runnable onSwitchUser;

    private LockScreenView(LockScreenViewModel model, Consumer<String> onAccountUnavailable, Runnable onSwitchUser) {
        this.model = model;
        this.onAccountUnavailable = onAccountUnavailable;
        this.onSwitchUser = onSwitchUser;
    }

    /**
     * @param onAccountUnavailable the account got locked or disabled: back to the login screen with this reason
     * @param onSwitchUser signed out through 切换用户: the login screen
     * @return the main screen with the overlay above it; the tick stops when it leaves the window
     */
    public static Parent wrap(Parent mainScreen, LockScreenViewModel model, Consumer<String> onAccountUnavailable,
                              Runnable onSwitchUser) {
        LockScreenView view = new LockScreenView(model, onAccountUnavailable, onSwitchUser);
        Parent overlay = Fxml.load(view);
        // disabled first: when the overlay shows, nothing behind it takes input any more
        mainScreen.disableProperty().bind(model.idleLock().locked());
        overlay.visibleProperty().bind(model.idleLock().locked());
        StackPane stack = new StackPane(mainScreen, overlay);
        stack.setId("lockableMain");
        stack.addEventFilter(KeyEvent.ANY, e -> view.filter(e, overlay));
        stack.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> model.idleLock().inputSeen());
        stack.addEventFilter(MouseEvent.MOUSE_MOVED, e -> model.idleLock().inputSeen());
        stack.addEventFilter(ScrollEvent.ANY, e -> model.idleLock().inputSeen());
        // keys typed on the overlay go no further: the window's shortcuts (Ctrl+S …) must not act behind it
        overlay.addEventHandler(KeyEvent.ANY, Event::consume);
        Timeline ticks = new Timeline(new KeyFrame(TICK, e -> model.tick()));
        ticks.setCycleCount(Animation.INDEFINITE);
        stack.sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                ticks.stop();
            } else {
                ticks.play();
            }
        });
        model.idleLock().locked().addListener((obs, was, locked) -> {
            if (locked) {
                view.unlockPassword.requestFocus();
            }
        });
        return stack;
    }

    private void filter(KeyEvent e, Node overlay) {
        if (!model.idleLock().locked().get()) {
            model.idleLock().inputSeen();
        } else if (!(e.getTarget() instanceof Node target) || !isInside(target, overlay)) {
            e.consume();
        }
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    @FXML
    private void initialize() {
        lockedLabel.setText(model.lockedText());
        unlockPassword.textProperty().bindBidirectional(model.password);
        unlockPasswordError.textProperty().bind(model.errors.of("password"));
        unlockButton.disableProperty().bind(model.busy);
    }

    @FXML
    private void unlock() {
        model.unlock(onAccountUnavailable);
    }

    @FXML
    private void switchUser() {
        model.switchUser(onSwitchUser);
    }
}
