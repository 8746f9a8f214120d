package org.residencedesk.ui.permit;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.StringProperty;
import org.residencedesk.service.ValidationFailure;
import org.residencedesk.ui.BackgroundWork;
import org.residencedesk.ui.FieldErrors;

/**
 * How a permit panel runs a service call through the injected {@link BackgroundWork}: the call runs on a
 * worker, field messages go beside their fields and anything else to the panel's {@code form} line.
 */
final class PanelWork {
    private final BackgroundWork background;

    PanelWork(BackgroundWork background) {
        this.background = background;
    }

    /** For a panel that also shows good news: a failure removes the last success message (they never contradict). */
    <T> CompletableFuture<T> run(Supplier<T> work, Consumer<T> onSuccess, FieldErrors errors, StringProperty notice) {
        return background.run(work, result -> {
            errors.clear();
            notice.set("");
            onSuccess.accept(result);
        }, invalid -> {
            notice.set("");
            errors.show(invalid.fieldMessages(), "form");
        }, message -> fail(errors, notice, message));
    }

    /** For a panel with error lines only. */
    <T> CompletableFuture<T> run(Supplier<T> work, Consumer<T> onSuccess, FieldErrors errors) {
        return background.run(work, result -> {
            errors.clear();
            onSuccess.accept(result);
        }, invalid -> errors.show(invalid.fieldMessages(), "form"),
                message -> errors.show(Map.of("form", message), "form"));
    }

    /** For a panel with a single message line: input problems are joined into it. */
    <T> CompletableFuture<T> run(Supplier<T> work, Consumer<T> onSuccess, Consumer<String> onFailure) {
        return background.run(work, onSuccess, invalid -> onFailure.accept(joined(invalid)), onFailure);
    }

    /** Reads one page of a list. */
    CompletableFuture<?> load(PermitQueue queue, int page, Consumer<String> onFailure) {
        return run(() -> queue.loadOnWorker(page), queue::show, onFailure);
    }

    /** A problem in the error style; the panel's last success message gives way. */
    static void fail(FieldErrors errors, StringProperty notice, String message) {
        notice.set("");
        errors.show(Map.of("form", message), "form");
    }

    static String joined(ValidationFailure invalid) {
        return String.join("；", invalid.fieldMessages().values());
    }
}
