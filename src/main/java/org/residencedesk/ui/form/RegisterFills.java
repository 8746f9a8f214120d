package org.residencedesk.ui.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.util.Duration;

import org.residencedesk.domain.form.RegisterPick;

/**
 * A picked house or employer fills the form when the register answers, in the background (ADR 0214). Until it
 * has (at most {@link #WAIT}), the window's keys wait in a {@link TypeAhead} and the Enter or Tab that picked
 * the row moves the focus only afterwards (ADR 0283): the move sees the filled fields (Enter skips them), and
 * keys typed meanwhile land where a slow typist's would, never in a field the fill then overwrites.
 */
final class RegisterFills {
    static final Duration WAIT = Duration.seconds(5);

    private final TypeAhead keys = new TypeAhead();
    private final List<Runnable> after = new ArrayList<>();
    private final PauseTransition timeout = new PauseTransition(WAIT);
    private int pending;

    RegisterFills() {
        timeout.setOnFinished(e -> {
            if (pending > 0) {
                pending = 1;
                finished();
            }
        });
    }

    /** The registers, with every fill counted: keys wait while one is under way. */
    RegisterLookup around(RegisterLookup registers, Supplier<Node> anyNode) {
        return new RegisterLookup() {
            @Override
            public void suggest(RegisterPick register, String text, Consumer<List<Suggestion>> onResult) {
                registers.suggest(register, text, onResult);
            }

            @Override
            public void fillsFor(RegisterPick register, String key, Consumer<Map<String, String>> onResult) {
                boolean[] done = {false};
                started(anyNode.get());
                registers.fillsFor(register, key, values -> {
                    onResult.accept(values);
                    if (!done[0]) {
                        done[0] = true;
                        finished();
                    }
                });
            }

            @Override
            public void createNew(RegisterPick register, Node owner, Consumer<String> onCreated) {
                registers.createNew(register, owner, onCreated);
            }
        };
    }

    boolean pending() {
        return pending > 0;
    }

    /** Runs {@code move} once every fill under way is in (at once when none is). */
    void afterFills(Runnable move) {
        if (pending == 0) {
            move.run();
        } else {
            after.add(move);
        }
    }

    private void started(Node anyNode) {
        if (pending++ == 0) {
            if (anyNode != null) keys.hold(anyNode);
            timeout.playFromStart();
        }
    }

    private void finished() {
        if (pending == 0 || --pending > 0) return;
        timeout.stop();
        List<Runnable> moves = List.copyOf(after);
        after.clear();
        moves.forEach(Runnable::run);
        keys.release();
    }
}
