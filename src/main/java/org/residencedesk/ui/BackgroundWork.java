package org.residencedesk.ui;

import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import org.residencedesk.port.ConcurrentChangeException;
import org.residencedesk.service.PermissionDenied;
import org.residencedesk.service.ValidationFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs service calls off the FX thread so the counter never freezes; results and errors come back on
 * the FX thread. Unexpected errors are logged with an incident number and shown to the user by that
 * number only — never as a stack trace.
 */
public final class BackgroundWork {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundWork.class);
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "desk-worker");
        t.setDaemon(true);
        return t;
    });

    private BackgroundWork() {
    }

    /** For components that take an Executor (print preview, printer settings). */
    public static java.util.concurrent.Executor executor() {
        return WORKERS;
    }

    /**
     * @param onInvalid  receives input problems to show beside their fields
     * @param onFailure  receives a Chinese message for anything else
     */
    public static <T> Task<T> run(Supplier<T> work, Consumer<T> onSuccess, Consumer<ValidationFailure> onInvalid,
                                  Consumer<String> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() {
                return work.get();
            }
        };
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> {
            Throwable error = task.getException();
            if (error instanceof ValidationFailure invalid) {
                onInvalid.accept(invalid);
            } else if (error instanceof PermissionDenied denied) {
                onFailure.accept(denied.getMessage());
            } else if (error instanceof ConcurrentChangeException) {
                onFailure.accept(Fxml.text("app.changedMeanwhile"));
            } else {
                onFailure.accept(describeUnexpected(error));
            }
        });
        WORKERS.execute(task);
        return task;
    }

    /** Logs the error under a short incident number and returns the message that names it. */
    public static String describeUnexpected(Throwable error) {
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("incident {}", incident, error);
        return Fxml.text("app.unexpectedError", incident);
    }
}
