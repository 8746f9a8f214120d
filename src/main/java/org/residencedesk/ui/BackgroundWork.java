package org.residencedesk.ui;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.residencedesk.port.ConcurrentChangeException;
import org.residencedesk.port.StationLockedException;
import org.residencedesk.port.StationPolicyStore;
import org.residencedesk.service.PermissionDenied;
import org.residencedesk.service.ValidationFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs service calls on the worker executor so the counter never freezes; results and errors come back
 * on the result executor (the FX thread in the window, the calling thread in view-model tests).
 * Unexpected errors are logged with an incident number and shown to the user by that number only —
 * never as a stack trace.
 *
 * <p>An instance is created once by the composition root and handed to view models through their
 * constructors; view-model tests pass {@link #inline()} or their own executors.
 */
public final class BackgroundWork {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundWork.class);

    private final Executor workers;
    private final Executor results;

    public BackgroundWork(Executor workers, Executor results) {
        this.workers = workers;
        this.results = results;
    }

    /** Workers on the given executor, results on the JavaFX application thread. */
    public static BackgroundWork toFxThread(Executor workers) {
        return new BackgroundWork(workers, Platform::runLater);
    }

    /** Everything on the calling thread: for view-model tests without a window. */
    public static BackgroundWork inline() {
        return new BackgroundWork(Runnable::run, Runnable::run);
    }

    /** A daemon pool for the window's worker threads; the composition root shuts it down on exit. */
    public static ExecutorService newWorkerPool() {
        return Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "desk-worker");
            t.setDaemon(true);
            return t;
        });
    }

    /** For components that take an Executor (print preview, printer settings). */
    public Executor workers() {
        return workers;
    }

    /**
     * @param onInvalid  receives input problems to show beside their fields
     * @param onFailure  receives a Chinese message for anything else
     * @return completes (after the callback ran) with the result, or exceptionally with the error
     */
    public <T> CompletableFuture<T> run(Supplier<T> work, Consumer<T> onSuccess,
                                        Consumer<ValidationFailure> onInvalid, Consumer<String> onFailure) {
        CompletableFuture<T> done = new CompletableFuture<>();
        workers.execute(() -> {
            T value;
            try {
                value = work.get();
            } catch (Throwable error) {
                results.execute(() -> {
                    try {
                        deliverFailure(error, onInvalid, onFailure);
                    } finally {
                        done.completeExceptionally(error);
                    }
                });
                return;
            }
            results.execute(() -> {
                try {
                    onSuccess.accept(value);
                    done.complete(value);
                } catch (Throwable error) {
                    onFailure.accept(describeUnexpected(error));
                    done.completeExceptionally(error);
                }
            });
        });
        return done;
    }

    private static void deliverFailure(Throwable error, Consumer<ValidationFailure> onInvalid,
                                       Consumer<String> onFailure) {
        if (error instanceof ValidationFailure invalid) {
            onInvalid.accept(invalid);
        } else if (error instanceof PermissionDenied denied) {
            onFailure.accept(denied.getMessage());
        } else if (error instanceof StationLockedException locked) {
            LOG.warn("station database locked: {}", locked.reason());
            onFailure.accept(locked.userMessage());
        } else if (error instanceof org.residencedesk.port.StationProblem problem) {
            // a damaged database, a full disk, …: one message naming the way out, not an incident (ADR 0275)
            LOG.error("storage problem: {}", problem.kind());
            onFailure.accept(problem.userMessage());
        } else if (error instanceof org.residencedesk.port.SchemaUpgradeFailed upgrade) {
            LOG.error("schema upgrade failed: {}", upgrade.reason()); // the cause was logged where it happened
            onFailure.accept(upgrade.userMessage());
        } else if (error instanceof StationPolicyStore.PolicyFileRefused refused) {
            LOG.warn("station policy refused: {}", refused.getMessage());
            onFailure.accept(refused.getMessage());
        } else if (error instanceof ConcurrentChangeException) {
            onFailure.accept(Fxml.text("app.changedMeanwhile"));
        } else {
            onFailure.accept(describeUnexpected(error));
        }
    }

    /** Logs the error under a short incident number and returns the message that names it. */
    public static String describeUnexpected(Throwable error) {
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("incident {}", incident, error);
        return Fxml.text("app.unexpectedError", incident);
    }
}
