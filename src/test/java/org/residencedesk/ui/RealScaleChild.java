package org.residencedesk.ui;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.WritableImage;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.residencedesk.app.AppContext;
import org.residencedesk.app.Main;
import org.residencedesk.storage.PropertiesWindowStateStore;
import org.residencedesk.testing.Await;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestMasterData;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.ui.shell.DeskApplication;

/**
 * The child JVM of {@link LayoutAtReal125PercentTest} (ADR 0386): {@code DATA_DIR KEY_DIR SHOTS_DIR WIZARD_DIR} opens the real
 * window (the program's {@code DeskApplication} over the station's services, as {@code Main} wires them, placed by
 * its own window memory) on the station the test prepares meanwhile (the database opens when the parent's first line
 * arrives), on whatever screen {@code DISPLAY} and the glass options give it, and reports on standard output, one
 * fact a line (each followed by {@code @<uptime ms>}):
 * <ul>
 * <li>{@code SCREEN <outputScaleX> <outputScaleY> <width> <height>} — the primary screen in logical pixels;</li>
 * <li>{@code WINDOW <x> <y> <width> <height> <renderScaleX>} — the window as placed;</li>
 * <li>{@code LOGIN <x> <y> <width> <height>} — the 登录 button in the screen's device pixels; then it waits for a
 * line on standard input (the parent's screenshot of the whole X screen) before signing in;</li>
 * <li>{@code PROBLEM <text>} — a cut text or a control outside the window ({@link LayoutTour#problems});</li>
 * <li>{@code SCREENS <n>} and {@code DONE}, or {@code FAILED <reason>}.</li>
 * </ul>
 * After the areas it checks a confirmation and a print preview, then the first-run wizard's six steps on the
 * station in {@code WIZARD_DIR}, not set up yet ({@link RealScaleWizardWalk}).
 * Each checked screen is saved as {@code SHOTS_DIR/<screen>.png} from the screen's own pixels (JavaFX's robot).
 */
public final class RealScaleChild {
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** The parent's lines: "the station is ready", then "the login screen's shot is taken". */
    /** Counted down when the parent said the station is ready. */
    private static final java.util.concurrent.CountDownLatch STATION_READY = new java.util.concurrent.CountDownLatch(1);
    private static final BufferedReader PARENT = new BufferedReader(new InputStreamReader(System.in,
            StandardCharsets.UTF_8));
    private final Path shots;
    private final Path wizard;
    private final Path keys;
    private final List<String> problems = new ArrayList<>();
    private int screens;

    private RealScaleChild(Path shots, Path wizard, Path keys) {
        this.shots = shots;
        this.wizard = wizard;
        this.keys = keys;
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        AtomicReference<AppContext> ctx = new AtomicReference<>();
        // the toolkit and the first screen start while the parent still prepares the station; the window's own
        // database opening (off the FX thread, ADR 0371) waits for the parent's line saying it is ready
        Thread window = new Thread(() -> DeskApplication.launch(() -> {
            PARENT.readLine();
            STATION_READY.countDown();
            ctx.set(AppContext.openForTests(data, Path.of(args[1]), TestMasterData.shared(),
                    TestClock.at(DeskWindowFixture.START)));
            return Main.deskServices(ctx.get());
        }, () -> {
            if (ctx.get() != null) {
                ctx.get().close();
            }
        }, new PropertiesWindowStateStore(data)), "window");
        window.start();
        int status = 0;
        try {
            new RealScaleChild(Files.createDirectories(Path.of(args[2])), Path.of(args[3]), Path.of(args[1])).run();
            say("DONE");
        } catch (Throwable e) {
            say("FAILED " + e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage()).replace('\n', ' '));
            status = 1;
        }
        Platform.exit(); // the program's own stop(): the station closes cleanly
        window.join(60_000);
        System.exit(status);
    }

    private void run() throws Exception {
        Await.until(PATIENCE, "the JavaFX toolkit", () -> {
            Platform.runLater(() -> { }); // throws until the toolkit is up
            return true;
        });
        if (!STATION_READY.await(5, TimeUnit.MINUTES)) {
            throw new IllegalStateException("the parent did not prepare the station within 5 minutes");
        }
        LayoutTour.Hands h = hands();
        h.until(() -> h.tryFind("#signInButton").filter(Node::isVisible).isPresent());
        Stage stage = onFx(RealScaleChild::mainStage);
        onFx(() -> {
            Screen screen = Screen.getPrimary();
            Rectangle2D b = screen.getBounds();
            say(String.format(Locale.ROOT, "SCREEN %s %s %s %s", screen.getOutputScaleX(), screen.getOutputScaleY(),
                    b.getWidth(), b.getHeight()));
            say(String.format(Locale.ROOT, "WINDOW %s %s %s %s %s", stage.getX(), stage.getY(), stage.getWidth(),
                    stage.getHeight(), stage.getRenderScaleX()));
            return null;
        });
        h.check("login");
        Button signIn = h.find("#signInButton", Button.class);
        onFx(() -> {
            double s = Screen.getPrimary().getOutputScaleX();
            Bounds b = signIn.localToScreen(signIn.getLayoutBounds());
            say(String.format(Locale.ROOT, "LOGIN %d %d %d %d", Math.round(b.getMinX() * s), Math.round(b.getMinY() * s),
                    Math.round(b.getWidth() * s), Math.round(b.getHeight() * s)));
            return null;
        });
        PARENT.readLine(); // the parent took its shot of the X screen
        h.fx(() -> {
            Node root = stage.getScene().getRoot();
            ((TextInputControl) root.lookup("#login")).setText(DeskWindowFixture.LOGIN);
            ((TextInputControl) root.lookup("#password")).setText(TestOperators.PASSWORD);
            ((Button) root.lookup("#signInButton")).fire();
        });
        h.until(() -> h.tryFind("#areas").isPresent());
        try {
            LayoutTour.walkSignedIn(h);
            walkDialogs(h);
            new RealScaleWizardWalk(wizard, keys).walk(h, this::checkWindow);
        } finally {
            problems.forEach(p -> say("PROBLEM " + p));
            say("SCREENS " + screens);
            say("CPU " + cpuMillis()); // the child's own CPU time, for the test's cost (ADR 0386)
        }
    }

    /**
     * A confirmation (审核通过 on the 待审核 tab) and a print preview (the card, on the 待制证 tab), each checked
     * like a screen and required to lie inside the screen; the preview is closed with Esc.
     */
    private void walkDialogs(LayoutTour.Hands h) throws Exception {
        TabPane areas = h.find("#areas", TabPane.class);
        LayoutTour.select(h, areas, "permitTab");
        TabPane permitTabs = h.find("#permitTabs", TabPane.class);
        LayoutTour.select(h, permitTabs, "reviewTab");
        TableView<?> review = h.find("#reviewTable", TableView.class);
        h.until(() -> !review.getItems().isEmpty());
        h.fx(() -> review.getSelectionModel().select(0));
        Button approve = h.find("#approveButton", Button.class);
        h.fx(approve::fire);
        Window confirmation = awaitWindow(h, "#" + Confirmations.CONFIRM_ID);
        checkWindow("dialog-confirm-approve", confirmation);
        h.fx(() -> ((Button) confirmation.getScene().getRoot().lookup("#" + Confirmations.CONFIRM_ID)).fire());
        await("the confirmation closes", () -> !confirmation.isShowing());
        javafx.scene.control.Label notice = h.find("#reviewNotice", javafx.scene.control.Label.class);
        await("the approval is saved", () -> onFx(() -> notice.getText()).contains("审核通过"));

        LayoutTour.select(h, permitTabs, "printTab");
        TableView<?> print = h.find("#printTable", TableView.class);
        await("the approved permit on the 待制证 list", () -> !print.getItems().isEmpty());
        h.fx(() -> print.getSelectionModel().select(0));
        Button preview = h.find("#previewPrintButton", Button.class);
        h.fx(preview::fire);
        Window shown = awaitWindow(h, "#pageView");
        await("the card's page in the preview", () -> onFx(() -> ((javafx.scene.image.ImageView) shown.getScene().getRoot().lookup("#pageView"))
                .getImage() != null));
        checkWindow("dialog-card-preview", shown);
        h.fx(() -> {
            Node target = shown.getScene().getFocusOwner() != null ? shown.getScene().getFocusOwner()
                    : shown.getScene().getRoot();
            javafx.event.Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ESCAPE, false,
                    false, false, false));
        });
        await("Esc closes the preview", () -> !shown.isShowing());
    }

    private static void await(String what, Callable<Boolean> condition) {
        Await.until(PATIENCE, what, () -> {
            settle();
            return condition.call();
        });
    }

    /** The showing window other than the main one that holds {@code selector}. */
    private static Window awaitWindow(LayoutTour.Hands h, String selector) throws Exception {
        Stage main = onFx(RealScaleChild::mainStage);
        Window[] found = new Window[1];
        await("a window holding " + selector, () -> {
            found[0] = onFx(() -> Window.getWindows().stream().filter(w -> w != main && w.isShowing()
                    && w.getScene() != null && w.getScene().getRoot().lookup(selector) != null).findFirst().orElse(null));
            return found[0] != null;
        });
        return found[0];
    }

    /** A dialog: its scene checked like a screen, its bounds inside the screen's visible part, its screenshot. */
    private void checkWindow(String screen, Window window) {
        settle();
        painted(window.getScene());
        capture(screen, window, () -> {
            Rectangle2D visible = Screen.getPrimary().getVisualBounds();
            double s = Screen.getPrimary().getOutputScaleX();
            if (Math.round(window.getX() * s) < Math.round(visible.getMinX() * s)
                    || Math.round(window.getY() * s) < Math.round(visible.getMinY() * s)
                    || Math.round((window.getX() + window.getWidth()) * s) > Math.round(visible.getMaxX() * s)
                    || Math.round((window.getY() + window.getHeight()) * s) > Math.round(visible.getMaxY() * s)) {
                problems.add(String.format(Locale.ROOT, "%s: the window at %.1f,%.1f %.1f×%.1f is not inside the "
                        + "screen's %s", screen, window.getX(), window.getY(), window.getWidth(), window.getHeight(),
                        visible));
            }
        });
    }

    /** On the FX thread: {@code checks}, the scene's problems and the window's pixels; then the PNG. */
    private void capture(String screen, Window window, Runnable checks) {
        WritableImage shot = onFx(() -> {
            checks.run();
            LayoutTour.problems(window.getScene(), screen, problems);
            return new javafx.scene.robot.Robot().getScreenCapture(null, window.getX(), window.getY(),
                    window.getWidth(), window.getHeight(), false);
        });
        screens++;
        say("SHOWN " + screen);
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(shot, null), "png", shots.resolve(screen + ".png").toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Stage mainStage() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage && w.isShowing()).map(w -> (Stage) w)
                .findFirst().orElseThrow(() -> new IllegalStateException("no window is showing"));
    }

    private LayoutTour.Hands hands() {
        return new LayoutTour.Hands() {
            @Override
            public Optional<Node> tryFind(String selector) {
                return onFx(() -> Window.getWindows().stream().filter(w -> w.isShowing() && w.getScene() != null)
                        .map(w -> w.getScene().getRoot().lookup(selector)).filter(n -> n != null).findFirst());
            }

            @Override
            public void fx(Runnable action) {
                onFx(() -> {
                    action.run();
                    return null;
                });
                settle();
            }

            @Override
            public void until(Callable<Boolean> condition) {
                Await.until(PATIENCE, "the window", () -> {
                    settle();
                    return condition.call();
                });
            }

            @Override
            public void check(String screen) {
                settle();
                Stage stage = onFx(RealScaleChild::mainStage);
                painted(stage.getScene());
                capture(screen, stage, () -> { });
            }
        };
    }

    /**
     * Waits for two pulses of {@code scene}: the frame that shows what the last action changed has been handed to
     * the renderer and drawn (a pulse waits for the previous frame), so the screen's pixels show this screen.
     */
    private static void painted(Scene scene) {
        CompletableFuture<Void> drawn = new CompletableFuture<>();
        Runnable[] listener = new Runnable[1];
        int[] pulses = {0};
        listener[0] = () -> {
            if (++pulses[0] == 2) {
                scene.removePostLayoutPulseListener(listener[0]);
                drawn.complete(null);
            } else {
                Platform.requestNextPulse();
            }
        };
        onFx(() -> {
            scene.addPostLayoutPulseListener(listener[0]);
            Platform.requestNextPulse();
            return null;
        });
        try {
            drawn.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the window drew no frame: " + e, e);
        }
        onFx(() -> null);
    }

    /** Two round trips through the FX thread: what an action caused (layout, runLater) has run. */
    private static void settle() {
        onFx(() -> null);
        onFx(() -> null);
    }

    private static <T> T onFx(Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (Exception e) {
            throw new IllegalStateException("the FX thread did not answer: " + e, e);
        }
    }

    /** CPU time of this JVM so far, all threads, in milliseconds. */
    static long cpuMillis() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1_000_000;
    }

    private static void say(String line) {
        System.out.println(line + " @" + (System.currentTimeMillis()
                - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime()));
        System.out.flush();
    }
}
