package org.residencedesk.ui.form;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.util.Duration;

import org.residencedesk.domain.form.RegisterPick;

/**
 * The registers answer in the background (ADR 0214). While a question is out — the suggestions for what was just
 * typed into a register picker, or the values of a picked row — the window's keys wait in a {@link TypeAhead}
 * (at most {@link #WAIT}), and the Enter or Tab that picked a row moves the focus only afterwards (ADR 0283, 0337).
 * So the keys of a burst meet the screen a slow typist would have seen: "lm Enter" typed ahead of the list asks
 * for "l", then for "lm", shows that list and only then lets Enter pick its first row; the move sees the filled
 * fields (Enter skips them), and keys typed meanwhile never land in a field the fill then overwrites.
 */
final class RegisterFills {
    static final Duration WAIT = Duration.seconds(5);

    private final TypeAhead keys = new TypeAhead();
    private final List<Runnable> after = new ArrayList<>();
    private final PauseTransition timeout = new PauseTransition(WAIT);
    /** Questions out now; one timed out is forgotten, so its late answer releases nothing. */
    private final Set<Object> pending = new HashSet<>();

    RegisterFills() {
        timeout.setOnFinished(e -> {
            if (!pending.isEmpty()) {
                pending.clear();
                released();
            }
        });
    }

    /** The registers, with every question counted: keys wait while one is out. */
    RegisterLookup around(RegisterLookup registers, Supplier<Node> anyNode) {
        return new RegisterLookup() {
            @Override
            public void suggest(RegisterPick register, String text, Consumer<List<Suggestion>> onResult) {
                Object question = started(anyNode.get());
                registers.suggest(register, text, found -> {
                    onResult.accept(found);
                    finished(question);
                });
            }

            @Override
            public void fillsFor(RegisterPick register, String key, Consumer<Map<String, String>> onResult) {
                Object question = started(anyNode.get());
                registers.fillsFor(register, key, values -> {
                    onResult.accept(values);
                    finished(question);
                });
            }

            @Override
            public void createNew(RegisterPick register, Node owner, Consumer<String> onCreated) {
                registers.createNew(register, owner, onCreated);
            }
        };
    }

    /** Whether a register question is out (keys wait; a move waits for {@link #afterFills}). */
    boolean pending() {
        return !pending.isEmpty();
    }

    /** Runs {@code move} once every question out is answered (at once when none is). */
    void afterFills(Runnable move) {
        if (pending.isEmpty()) {
            move.run();
        } else {
            after.add(move);
        }
    }

    private Object started(Node anyNode) {
        Object question = new Object();
        if (pending.isEmpty()) {
            if (anyNode != null) keys.hold(anyNode);
            timeout.playFromStart();
        }
        pending.add(question);
        return question;
    }

    private void finished(Object question) {
        if (!pending.remove(question) || !pending.isEmpty()) return;
        timeout.stop();
        released();
    }

    private void released() {
        List<Runnable> moves = List.copyOf(after);
        after.clear();
        moves.forEach(Runnable::run);
        keys.release();
    }
}
