package org.residencedesk.ui.shell;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.residencedesk.port.WindowStateStore;
import org.residencedesk.ui.BackgroundWork;
import org.residencedesk.ui.DeskServices;
import org.residencedesk.ui.FileDialogs;
import org.residencedesk.ui.Fxml;
import org.residencedesk.ui.print.PrintFonts;

/**
 * The JavaFX application. It is launched by the composition root ({@code app.Main}, which must not
 * extend Application for a plain-classpath launch); {@link WindowStart} shows the first screen at once, opens the
 * database off the FX thread and hands the window to the {@link Shell}.
 */
public final class DeskApplication extends Application {
    /** Held here: java.util.logging keeps only weak references to configured loggers. */
    private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");
    private static Callable<DeskServices> opener;
    private static Runnable closer = () -> { };
    private static WindowStateStore windowState;
    /** Smoke start of the installed app (ADR 0251): close as soon as the first screen is shown. */
    private static volatile boolean smokeExit;
    /** 0 when the first screen was shown, 1 when the start failed; read after {@link #launch} returns. */
    private static volatile int smokeResult = 1;
    /** The window's one worker pool (composition of the window): shut down when the window closes. */
    private final ExecutorService workers = BackgroundWork.newWorkerPool();
    private final BackgroundWork work = BackgroundWork.toFxThread(workers);

    private Shell shell;

    /**
     * Blocks until the window closes.
     *
     * @param windowStates where the window's size, position and last area are remembered (ADR 0182)
     */
    public static void launch(Callable<DeskServices> servicesOpener, Runnable onExit, WindowStateStore windowStates) {
        // JavaFX's own warnings (e.g. "Unsupported JavaFX configuration" on a class-path launch) go to the log file,
        // not to the terminal the window was started from
        JAVAFX_LOG.setUseParentHandlers(false);
        JAVAFX_LOG.addHandler(new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord r) {
                org.slf4j.LoggerFactory.getLogger("javafx").warn("{}", r.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
        opener = servicesOpener;
        closer = onExit;
        windowState = windowStates;
        Application.launch(DeskApplication.class);
    }

    /**
     * The installer's smoke test (docs/decisions/0251): the window closes by itself right after its first screen
     * (setup or sign-in) is on screen, or after the start failed; {@link #smokeResult} tells which.
     */
    public static void exitAfterFirstScreen() {
        smokeExit = true;
    }

    /** 0 when the smoke start showed its first screen, else 1. */
    public static int smokeResult() {
        return smokeResult;
    }

    private static void endSmoke(Stage stage, int result, String what) {
        if (smokeExit) {
            smokeResult = result;
            org.slf4j.LoggerFactory.getLogger(DeskApplication.class).info("smoke start: {}", what);
            Platform.runLater(() -> {
                stage.close();
                Platform.exit();
            });
        }
    }

    @Override
    public void start(Stage stage) {
        // Anything thrown in an FX event handler is logged under an incident number, like worker failures.
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> BackgroundWork.describeUnexpected(error));
        stage.setTitle(Fxml.text("app.title"));
        PrintFonts.loadScreenFont(); // the rare-character font waits for the print preview (ADR 0377)
        WindowMemory memory = new WindowMemory(stage, windowState);
        // the login screen at once when the station is known from the last start; the database opens meanwhile
        new WindowStart(opener, windowState, work).start(stage, services -> {
            shell = new Shell(services, FileDialogs.system(), work).rememberWindowWith(memory);
            return shell;
        }, shown -> endSmoke(stage, shown ? 0 : 1, shown ? "first screen shown" : "start failed"));
        memory.placeInitially(); // inside the screen, never larger; where it was left last
        stage.show();
    }

    @Override
    public void stop() {
        if (shell != null) {
            shell.windowClosing(); // the signed-in operator's window and area, written on close
        }
        // a database still opening behind the early login (ADR 0371) is not interrupted: the close waits for it and
        // closes it cleanly, so the next start needs no recovery
        workers.shutdown();
        closer.run();
        workers.shutdownNow();
        Platform.exit();
    }

}
