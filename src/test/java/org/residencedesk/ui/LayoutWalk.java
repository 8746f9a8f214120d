package org.residencedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.residencedesk.ui.DeskWindowFixture.waitUntil;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.domain.account.Role;
import org.residencedesk.testing.Screenshots;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window at one counter screen size with lists that hold rows (ADR 0183, 0360): every area and every tab is
 * walked and no text is cut to "…" (the rendered text of every Labeled — labels, buttons, check boxes, table cells
 * and headers, tab titles — equals its text) and no control lies outside the window. The sizes are the subclasses'
 * ({@link LayoutAt1366Test}, {@link LayoutAt125PercentTest}); the tour and the checks are {@link LayoutTour}'s, shared
 * with the walk at a real 125 % output scale ({@link LayoutAtReal125PercentTest}). Screenshots of each screen with
 * {@code -Dscreenshots.dir=DIR}.
 */
@ExtendWith({LayoutWalk.PrepareOffTheFxThread.class, ApplicationExtension.class})
abstract class LayoutWalk {
    static final String APPLICANT_ID = LayoutTour.APPLICANT_ID;
    @TempDir
    Path dataDir;
    DeskWindowFixture fixture;
    private Stage stage;

    /** The window's width in logical pixels. */
    abstract double width();

    /** The window's height in logical pixels. */
    abstract double height();

    /**
     * The station and its residents are made on the test thread before the window is set up: TestFX waits only
     * {@code testfx.setup.timeout} (10 s) for {@code @Start}, which a loaded machine did not meet when the Derby
     * station and its permits were made there, on the FX thread.
     */
    static final class PrepareOffTheFxThread implements org.junit.jupiter.api.extension.BeforeEachCallback {
        @Override
        public void beforeEach(org.junit.jupiter.api.extension.ExtensionContext context) {
            ((LayoutWalk) context.getRequiredTestInstance()).prepare();
        }
    }

    /** Shows the window; each subclass's {@code @Start} calls it (TestFX looks only at the test class's own methods). */
    void show(Stage stage) {
        this.stage = stage;
        fixture.show(stage, width(), height());
    }

    void prepare() {
        fixture = new DeskWindowFixture(dataDir, Role.WINDOW_STAFF, Role.CLERK, Role.REVIEWER, Role.CHIEF, Role.ADMIN);
        LayoutTour.residents(fixture);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        fixture.close();
    }

    @Test
    void everyAreaAndTabFitsWithNothingCutOrOutside(FxRobot robot) throws Exception {
        Scene scene = stage.getScene();
        assertThat(scene.getWidth()).isEqualTo(width());
        assertThat(scene.getHeight()).isEqualTo(height());
        List<String> problems = new ArrayList<>();
        LayoutTour.Hands hands = hands(robot, scene, problems);
        hands.check("login");
        fixture.signIn(robot);
        LayoutTour.walkSignedIn(hands);
        assertThat(problems).isEmpty();
    }

    /** The tour's hands on TestFX: its look-ups, {@code interact} and wait; screenshots with {@code -Dscreenshots.dir}. */
    private LayoutTour.Hands hands(FxRobot robot, Scene scene, List<String> problems) {
        return new LayoutTour.Hands() {
            @Override
            public Optional<Node> tryFind(String selector) {
                return robot.lookup(selector).tryQuery();
            }

            @Override
            public void fx(Runnable action) {
                robot.interact(action);
                WaitForAsyncUtils.waitForFxEvents();
            }

            @Override
            public void until(Callable<Boolean> condition) throws Exception {
                waitUntil(condition);
            }

            @Override
            public void check(String screen) {
                WaitForAsyncUtils.waitForFxEvents();
                Screenshots.take(robot, scene, (int) width() + "-" + screen);
                robot.interact(() -> LayoutTour.problems(scene, screen, problems));
            }
        };
    }
}
