package org.residencedesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.app.Main;
import org.residencedesk.domain.account.Role;
import org.residencedesk.port.StationProblem;
import org.residencedesk.port.WindowStateStore.StationHint;
import org.residencedesk.storage.PropertiesWindowStateStore;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testing.TestStation;
import org.residencedesk.ui.BackgroundWork;
import org.residencedesk.ui.FileDialogs;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's first seconds (ADR 0371): with the station remembered from the last start, the login screen is on
 * screen before the database opens; keys typed while it opens — and while the shell takes the screen over — all land,
 * and a 登录 pressed early signs in once the database is there. A station that cannot open replaces the login
 * screen with its message.
 */
@ExtendWith(ApplicationExtension.class)
class WindowStartTest {
    private final TestClock clock = TestClock.at("2026-11-28T01:15:00Z");
    private final BackgroundWork work = BackgroundWork.toFxThread(BackgroundWork.newWorkerPool());
    private final CountDownLatch gate = new CountDownLatch(1);
    private volatile AppContext context;
    private Shell shell;
    private Stage stage;
    @TempDir
    Path dataDir;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() throws Exception {
        gate.countDown();
        if (shell != null) shell.endSession();
        FxToolkit.cleanupStages();
        if (context != null) context.close();
    }

    @Test
    void keysTypedWhileTheDatabaseOpensAllLandAndAnEarlySignInGoesThrough(FxRobot robot) throws Exception {
        PropertiesWindowStateStore store = stationRemembered("关山街道流动人口服务站");
        WindowStart start = openingAfterTheGate(store);

        show(start);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#signInButton") != null);
        assertThat(((Label) lookup("#stationLabel")).getText()).contains("关山街道流动人口服务站");
        robot.clickOn(lookup("#login")).write("wang");
        gate.countDown(); // the hand-over to the shell happens while the clerk goes on typing
        robot.write("fang").type(KeyCode.TAB).write(TestOperators.PASSWORD).type(KeyCode.ENTER);

        assertSignedInAndRemembered(store);
    }

    @Test
    void aSignInPressedBeforeTheDatabaseIsOpenWaitsOnTheWorkerAndThenSignsIn(FxRobot robot) throws Exception {
        PropertiesWindowStateStore store = stationRemembered("旧名称服务站");
        WindowStart start = openingAfterTheGate(store);

        show(start);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#signInButton") != null);
        robot.clickOn(lookup("#login")).write("wangfang").type(KeyCode.TAB).write(TestOperators.PASSWORD)
                .type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((Button) lookup("#signInButton")).isDisabled()).as("busy while the database opens").isTrue();
        assertThat(lookup("#operatorLabel")).isNull();

        gate.countDown();

        assertSignedInAndRemembered(store); // the database's station replaces the remembered name
    }

    @Test
    void aStationThatCannotOpenReplacesTheLoginScreenWithItsMessage(FxRobot robot) throws Exception {
        PropertiesWindowStateStore store = new PropertiesWindowStateStore(dataDir);
        store.rememberStation(new StationHint("关山街道流动人口服务站", TestStation.CODE, false));
        StationProblem damaged = new StationProblem(StationProblem.Kind.DAMAGED, dataDir.resolve("db").toString(), null);
        WindowStart start = new WindowStart(() -> {
            gate.await(60, TimeUnit.SECONDS);
            throw damaged;
        }, store, work);

        show(start);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#signInButton") != null);
        robot.clickOn(lookup("#login")).write("wangfang").type(KeyCode.TAB).write(TestOperators.PASSWORD);
        TextField password = (TextField) lookup("#password");
        gate.countDown();

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup("#signInButton") == null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().getRoot().lookupAll(".label")).map(n -> ((Label) n).getText())
                .contains(damaged.userMessage());
        assertThat(password.getText()).as("nothing typed outlives its screen").isEmpty();
    }

    /** The main window signed in as 王芳; the station the database holds remembered for the next start. */
    private void assertSignedInAndRemembered(PropertiesWindowStateStore store) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup("#operatorLabel") != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((Label) lookup("#operatorLabel")).getText()).isEqualTo("当前用户：王芳");
        assertThat(store.station()).contains(new StationHint("关山街道流动人口服务站", TestStation.CODE, false));
    }

    /** A station with the clerk 王芳, closed, and remembered by the window under {@code name}. */
    private PropertiesWindowStateStore stationRemembered(String name) {
        try (AppContext c = TestStation.open(dataDir, clock)) {
            TestOperators.signIn(c, "wangfang", "王芳", Role.WINDOW_STAFF);
        }
        PropertiesWindowStateStore store = new PropertiesWindowStateStore(dataDir);
        store.rememberStation(new StationHint(name, TestStation.CODE, false));
        return store;
    }

    /** The station opens once the test opens the gate: the database takes its time. */
    private WindowStart openingAfterTheGate(PropertiesWindowStateStore store) {
        return new WindowStart(() -> {
            gate.await(60, TimeUnit.SECONDS);
            context = TestStation.reopen(dataDir, clock);
            return Main.deskServices(context);
        }, store, work);
    }

    private void show(WindowStart start) {
        javafx.application.Platform.runLater(() -> {
            start.start(stage, services -> {
                shell = new Shell(services, FileDialogs.system(), work);
                return shell;
            }, shown -> { });
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private javafx.scene.Node lookup(String selector) {
        Parent root = stage.getScene() == null ? null : stage.getScene().getRoot();
        return root == null ? null : root.lookup(selector);
    }
}
