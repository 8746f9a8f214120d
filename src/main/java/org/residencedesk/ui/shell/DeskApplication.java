package org.residencedesk.ui.shell;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.residencedesk.domain.station.Station;
import org.residencedesk.port.StationLockedException;
import org.residencedesk.port.StationPolicyStore;
import org.residencedesk.port.WindowStateStore;
import org.residencedesk.ui.BackgroundWork;
import org.residencedesk.ui.DeskServices;
import org.residencedesk.ui.FileDialogs;
import org.residencedesk.ui.Fxml;
import org.residencedesk.ui.Theme;
import org.residencedesk.ui.print.PrintFonts;

/**
 * The JavaFX application. It is launched by the composition root ({@code app.Main}, which must not
 * extend Application for a plain-classpath launch), opens the database off the FX thread while a
 * progress indicator shows, then hands the window to the {@link Shell}.
 */
public final class DeskApplication extends Application {
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
        PrintFonts.load();
        Label starting = new Label(Fxml.text("app.starting"));
        VBox splash = new VBox(12, new ProgressIndicator(), starting);
        splash.setStyle("-fx-alignment: center; -fx-padding: 48;");
        stage.setScene(Theme.apply(new Scene(splash)));
        WindowMemory memory = new WindowMemory(stage, windowState);
        memory.placeInitially(); // inside the screen, never larger; where it was left last
        stage.show();
        work.run(() -> {
            try {
                DeskServices services = opener.call();
                return new Started(services, Shell.loadStation(services));
            } catch (Exception e) {
                // a locked station (no key, wrong key, unsafe key file) is told in words, not as an incident
                for (Throwable t = e; t != null; t = t.getCause()) {
                    if (t instanceof StationLockedException locked) {
                        throw locked;
                    }
                    if (t instanceof org.residencedesk.port.StationProblem problem) {
                        throw problem; // damaged, in use by another window, read-only, full: one message (ADR 0275)
                    }
                    if (t instanceof org.residencedesk.port.SchemaUpgradeFailed upgrade) {
                        throw upgrade; // the upgrade stopped, the database is as before: one message (ADR 0252)
                    }
                    if (t instanceof StationPolicyStore.PolicyFileRefused refused) {
                        throw refused; // the file, line and key in words (ADR 0165)
                    }
                }
                throw new IllegalStateException("startup failed", e);
            }
        }, started -> {
            shell = new Shell(started.services(), FileDialogs.system(), work).rememberWindowWith(memory);
            stage.getScene().setRoot(shell.root());
            shell.start(started.station());
            endSmoke(stage, 0, "first screen shown");
        }, invalid -> {
            starting.setText(String.join("；", invalid.fieldMessages().values()));
            endSmoke(stage, 1, "start refused");
        }, message -> {
            starting.setText(message);
            endSmoke(stage, 1, "start failed");
        });
    }

    @Override
    public void stop() {
        if (shell != null) {
            shell.windowClosing(); // the signed-in operator's window and area, written on close
        }
        workers.shutdownNow();
        closer.run();
        Platform.exit();
    }

    private record Started(DeskServices services, Optional<Station> station) {
    }
}
