package org.residencedesk.ui.form;

import java.util.ArrayDeque;
import java.util.Deque;

import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.event.EventTarget;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;

/**
 * Keys typed while a form is being replaced (a save running, a swiped card not yet filled in) wait here
 * and are then delivered, in order, to whatever has focus once the form is ready — exactly where a slow
 * typist's keys would have gone (ADR 0175). While holding, every key event of the window is taken before
 * anything else sees it, shortcuts included; a shortcut replayed does what it would have done.
 */
public final class TypeAhead {
    private final Deque<KeyEvent> held = new ArrayDeque<>();
    private final EventHandler<KeyEvent> take = e -> {
        held.add(e);
        e.consume();
    };
    private Window window;
    private int holds;

    /** Starts holding keys of the window {@code anyNode} is in (nested holds need as many releases). */
    public void hold(Node anyNode) {
        Scene scene = anyNode.getScene();
        if (scene == null || scene.getWindow() == null) return;
        if (holds++ == 0) {
            window = scene.getWindow();
            window.addEventFilter(KeyEvent.ANY, take);
        }
    }

    public boolean isHolding() {
        return holds > 0;
    }

    /** Number of key events waiting. */
    public int waiting() {
        return held.size();
    }

    /**
     * Ends one hold; after the last, replays the held keys one by one to the focus owner of that moment.
     * A replayed key that starts a new hold (Ctrl+S) leaves the keys after it waiting for that one.
     */
    public void release() {
        if (holds == 0) return;
        if (--holds > 0) return;
        Window w = window;
        w.removeEventFilter(KeyEvent.ANY, take);
        while (!held.isEmpty() && holds == 0) {
            KeyEvent e = held.poll();
            Scene scene = w.getScene();
            if (scene == null) break;
            EventTarget target = scene.getFocusOwner() != null ? scene.getFocusOwner() : scene;
            Event.fireEvent(target, e.copyFor(e.getSource(), target));
        }
        if (holds == 0) {
            held.clear(); // the window has no scene any more: nothing can take them
            window = null;
        }
    }
}
