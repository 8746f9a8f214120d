package org.residencedesk.ui.shell;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.residencedesk.domain.station.Station;
import org.residencedesk.port.WindowStateStore;
import org.residencedesk.port.WindowStateStore.StationHint;
import org.residencedesk.port.StationLockedException;
import org.residencedesk.port.StationPolicyStore;
import org.residencedesk.ui.BackgroundWork;
import org.residencedesk.ui.DeskServices;
import org.residencedesk.ui.Fxml;
import org.residencedesk.ui.Theme;

/**
 * The window's first seconds (ADR 0371). When the window remembers its station from the last start, the login screen
 * is shown at once and takes typing while the database opens off the FX thread; 登录 pressed meanwhile waits on the
 * worker, never on the FX thread. Once the database is open the shell takes that same login screen over, with
 * everything typed in it and the focus where it was. Without a remembered station a progress indicator shows until
 * the database says which screen comes first (the login or the first-run wizard). A station that cannot be opened
 * replaces either with its one Chinese message.
 */
public final class WindowStart {
    private final Callable<DeskServices> opener;
    private final WindowStateStore windowState;
    private final BackgroundWork work;
    private final Label starting = new Label(Fxml.text("app.starting"));
    private final CompletableFuture<DeskServices> services = new CompletableFuture<>();
    private final CompletableFuture<Shell> shell = new CompletableFuture<>();
    private Parent splash;
    private LoginViewModel earlyModel;
    private LoginView earlyView;

    /** @param windowState where the station of the last start is remembered; null: none (the splash first) */
    public WindowStart(Callable<DeskServices> opener, WindowStateStore windowState, BackgroundWork work) {
        this.opener = opener;
        this.windowState = windowState;
        this.work = work;
    }

    /**
     * Shows the first screen on {@code stage} (not yet shown) and opens the station.
     *
     * @param shells builds the shell once the station is open (the window's memory, the file dialogs)
     * @param ended  true once the first real screen is shown, false when the start failed (the smoke start)
     */
    public void start(Stage stage, java.util.function.Function<DeskServices, Shell> shells, Consumer<Boolean> ended) {
        Optional<StationHint> hint = windowState == null ? Optional.empty() : windowState.station();
        Parent first = hint.map(this::earlyLogin).orElseGet(this::splash);
        stage.setScene(Theme.apply(new Scene(first)));
        // the database opens once the caller has shown the stage (ADR 0399): on a two-core counter PC its thousands of
        // classes and the recovery scan would otherwise compete with the first screen's layout for the CPU
        Platform.runLater(() -> work.run(this::open, started -> {
            Shell s = shells.apply(started.services());
            Scene scene = stage.getScene();
            Node focused = scene.getFocusOwner();
            scene.setRoot(s.root());
            if (earlyView != null && started.station().isPresent()) {
                Station station = started.station().get();
                earlyView.station(Fxml.text("main.station", station.name(), station.code().value()));
                s.adoptLogin(station, earlyView.root());
                if (focused != null) {
                    focused.requestFocus(); // the next key lands where the last one did
                }
            } else {
                discardEarlyLogin();
                s.start(started.station());
            }
            shell.complete(s);
            ended.accept(true);
        }, invalid -> failed(stage, String.join("；", invalid.fieldMessages().values()), ended), message -> failed(
                stage, message, ended)));
    }

    /** Runs on the worker: the station's services and which station it holds; remembers it for the next start. */
    private Started open() {
        DeskServices opened;
        Optional<Station> station;
        try {
            opened = opener.call();
            station = Shell.loadStation(opened);
        } catch (Exception e) {
            services.completeExceptionally(e); // a 登录 waiting on the worker ends too
            throw reported(e);
        }
        services.complete(opened);
        station.ifPresent(s -> {
            if (windowState != null) {
                windowState.rememberStation(new StationHint(s.name(), s.code().value(), s.isDemo()));
            }
        });
        return new Started(opened, station);
    }

    private Parent earlyLogin(StationHint hint) {
        earlyModel = new LoginViewModel(this::authentication, hint.demo(), work);
        earlyView = new LoginView(earlyModel, Fxml.text("main.station", hint.name(), hint.code()),
                operator -> whenShell(s -> s.showMain(operator)),
                login -> whenShell(s -> s.showPasswordChange(login)));
        Parent screen = earlyView.load();
        screen.getStylesheets().add(Shell.class.getResource("/org/residencedesk/ui/desk.css").toExternalForm());
        return screen;
    }

    /** On the worker of a 登录: waits for the database, then signs in as the shell's login screen would. */
    private org.residencedesk.service.AuthenticationService authentication() {
        try {
            return services.join().authentication();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** A sign-in that finished runs once the shell exists (the open's hand-over always comes first in practice). */
    private void whenShell(Consumer<Shell> action) {
        shell.thenAccept(s -> Platform.runLater(() -> action.accept(s)));
    }

    private Parent splash() {
        if (splash == null) {
            VBox box = new VBox(12, new ProgressIndicator(), starting);
            box.setStyle("-fx-alignment: center; -fx-padding: 48;");
            splash = box;
        }
        return splash;
    }

    private void failed(Stage stage, String message, Consumer<Boolean> ended) {
        discardEarlyLogin();
        starting.setText(message);
        if (stage.getScene().getRoot() != splash()) {
            stage.getScene().setRoot(splash());
        }
        ended.accept(false);
    }

    private void discardEarlyLogin() {
        if (earlyModel != null) {
            earlyModel.clearPassword(); // nothing typed outlives the screen it was typed into
        }
        earlyView = null;
    }

    /** A locked station, a damaged or busy database, a refused upgrade or policy file: told in words, not as an incident. */
    private static RuntimeException reported(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            // damaged, in use by another window, read-only, full (ADR 0275); an upgrade that stopped with the
            // database as before (ADR 0252); the policy file's line and key (ADR 0165)
            if (t instanceof RuntimeException r && (t instanceof StationLockedException
                    || t instanceof org.residencedesk.port.StationProblem
                    || t instanceof org.residencedesk.port.SchemaUpgradeFailed
                    || t instanceof StationPolicyStore.PolicyFileRefused)) {
                return r;
            }
        }
        return new IllegalStateException("startup failed", e);
    }

    private record Started(DeskServices services, Optional<Station> station) {
    }
}
