package org.residencedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.residencedesk.testing.FxWait.waitUntil;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
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
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testing.TestStation;
import org.residencedesk.ui.shell.Shell;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window locks after ten idle minutes on the injected clock: the overlay covers the registration form
 * with the typed value kept in place, the same clerk's password unlocks it, and the value is still there.
 */
@ExtendWith(ApplicationExtension.class)
class IdleLockFlowTest {
    /** The window under test: its session is ended before the station closes (no timer outlives it). */
    private Shell shell;
    private final TestClock clock = TestClock.at("2026-11-28T01:15:00Z");
    private AppContext context;
    /** This test's window: lookups stay inside it, never in a window an earlier test left behind. */
    private javafx.scene.Parent root;
    @TempDir
    Path dataDir;

    @Start
    void start(Stage stage) {
        context = TestStation.open(dataDir, clock);
        TestOperators.signIn(context, "wangfang", "王芳", Role.WINDOW_STAFF);
        shell = new Shell(Main.deskServices(context), FileDialogs.system());
        root = shell.root();
        stage.setScene(new Scene(root, 1200, 800));
        shell.start(context.stationSetup().station());
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        if (shell != null) shell.endSession();
        FxToolkit.cleanupStages();
        context.close();
    }

    @Test
    void theOverlayAppearsAfterTheIdleTimeKeepsTheTypedValueAndUnlocksWithTheSamePassword(FxRobot robot)
            throws Exception {
        robot.clickOn("#login").write("wangfang");
        robot.clickOn("#password").write(TestOperators.PASSWORD).type(KeyCode.ENTER);
        waitUntil(() -> robot.from(root).lookup("#field-street").tryQuery().isPresent());
        robot.interact(() -> robot.from(root).lookup("#field-street").query().requestFocus());
        robot.write("Luoyu Road");
        TextField street = robot.from(root).lookup("#field-street").queryAs(TextField.class);
        Node overlay = robot.from(root).lookup("#lockOverlay").query();
        assertThat(overlay.isVisible()).isFalse();

        clock.advance(Duration.ofMinutes(10));
        waitUntil(overlay::isVisible);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(street.getText()).as("kept in place behind the overlay").isEqualTo("Luoyu Road");
        assertThat(street.isDisabled()).as("nothing behind the overlay takes input").isTrue();
        assertThat(robot.from(root).lookup("#lockedLabel").queryAs(Label.class).getText())
                .isEqualTo("王芳（wangfang）离开时屏幕已锁定，未保存的内容保留在原处。");
        waitUntil(() -> context.transactions().readOnly(() -> context.auditLog().latest(1)).get(0).action()
                == AuditAction.SCREEN_LOCKED);

        javafx.scene.control.TabPane areas = robot.from(root).lookup("#areas").queryAs(javafx.scene.control.TabPane.class);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(areas.getSelectionModel().getSelectedItem().getText())
                .as("the window's shortcuts do not act behind the overlay").isEqualTo("居住登记");

        robot.clickOn("#unlockPassword").write("Wrong#20260").type(KeyCode.ENTER);
        waitUntil(() -> !robot.from(root).lookup("#unlockPasswordError").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.from(root).lookup("#unlockPasswordError").queryAs(Label.class).getText()).isEqualTo("密码错误");
        assertThat(overlay.isVisible()).isTrue();

        robot.clickOn("#unlockPassword").write(TestOperators.PASSWORD).type(KeyCode.ENTER);
        waitUntil(() -> !overlay.isVisible());
        assertThat(street.getText()).isEqualTo("Luoyu Road");
        assertThat(street.isDisabled()).isFalse();
        assertThat(Optional.ofNullable(context.transactions().readOnly(() -> context.auditLog().latest(1)).get(0))
                .map(e -> e.action())).contains(AuditAction.SCREEN_UNLOCKED);
    }
}
