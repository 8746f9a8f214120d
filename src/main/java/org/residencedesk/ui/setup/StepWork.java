package org.residencedesk.ui.setup;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import org.residencedesk.ui.BackgroundWork;
import org.residencedesk.ui.FieldErrors;

/**
 * 下一步 of a step whose input a service checks: the step is busy while the check runs off the FX thread; a refusal
 * lands beside its fields (what has no field of its own on the form line), a failure on the form line.
 */
final class StepWork {
    private StepWork() {
    }

    static <T> void submit(BackgroundWork work, BooleanProperty busy, FieldErrors errors, Supplier<T> check,
                           Consumer<T> accepted) {
        busy.set(true);
        errors.clear();
        work.run(check, result -> {
            busy.set(false);
            accepted.accept(result);
        }, invalid -> {
            busy.set(false);
            errors.show(invalid.fieldMessages(), "form");
        }, message -> {
            busy.set(false);
            errors.show(Map.of("form", message), "form");
        });
    }
}
