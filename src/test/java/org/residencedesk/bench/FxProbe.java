package org.residencedesk.bench;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.stage.Window;

/**
 * Inside a bench child JVM: waits until a showing window holds a visible node matching a CSS selector, checking on
 * the FX thread every 2 ms (the toolkit may not be up yet: a failed check is retried). The same probe serves the
 * product's window and the bare floor window, so both are seen "shown" the same way.
 */
final class FxProbe {
    private FxProbe() {
    }

    static void await(String selector, Duration timeout) throws Exception {
        await(selector, n -> true, timeout);
    }

    /** Until the node's text (a label or a text field) is {@code text}; false when the timeout passed. */
    static boolean awaitText(String selector, String text, Duration timeout) throws Exception {
        try {
            await(selector, n -> text.equals(n instanceof javafx.scene.control.Labeled l ? l.getText()
                    : n instanceof javafx.scene.control.TextInputControl t ? t.getText() : null), timeout);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        }
    }

    static void await(String selector, Predicate<Node> holds, Duration timeout) throws Exception {
        CompletableFuture<Void> seen = new CompletableFuture<>();
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "fx-probe");
            t.setDaemon(true);
            return t;
        });
        Predicate<Window> shows = w -> {
            if (!w.isShowing() || w.getScene() == null) return false;
            Node n = w.getScene().getRoot().lookup(selector);
            return n != null && n.isVisible() && n.getScene() != null && holds.test(n);
        };
        timer.scheduleAtFixedRate(() -> {
            try {
                Platform.runLater(() -> {
                    if (Window.getWindows().stream().anyMatch(shows)) seen.complete(null);
                });
            } catch (IllegalStateException toolkitNotYetUp) {
                // the next tick tries again
            }
        }, 0, 2, TimeUnit.MILLISECONDS);
        try {
            seen.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } finally {
            timer.shutdownNow();
        }
    }

    /** Milliseconds since this JVM started (as the JVM itself recorded its start). */
    static long uptimeMillis() {
        return System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
