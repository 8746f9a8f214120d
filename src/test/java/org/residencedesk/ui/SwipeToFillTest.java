package org.residencedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
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
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.ui.shell.Shell;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Demo station, simulated reader: a swipe fills and locks the identity fields and puts the cursor on the
 * first field to type; the rest of a typical registration then takes at most 15 counted actions.
 *
 * <p>What counts as one action: typing one field's value ending with Enter (the value itself has to be
 * typed whatever the screen does), one key press that is not part of a value, or one click.
 */
@ExtendWith(ApplicationExtension.class)
class SwipeToFillTest {
    /** The window under test: its session is ended before the station closes (no timer outlives it). */
    private Shell shell;
    private AppContext context;
    /** The data folder; JUnit deletes it after each test. */
    @TempDir
    Path dataDir;
    private int actions;

    @Start
    void start(Stage stage) throws Exception {
        context = AppContext.openForTests(dataDir, org.residencedesk.testing.TestMasterData.shared(), TestClock.at("2026-11-28T01:15:00Z"));
        context.stationSetup().setUpDemo();
        shell = new Shell(Main.deskServices(context), FileDialogs.system());
        stage.setScene(new Scene(shell.root(), 1200, 760));
        shell.start(context.stationSetup().station());
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        if (shell != null) shell.endSession();
        // hidden windows stop their timers (draft autosave), so nothing writes into the data folder
        // after JUnit deletes it
        FxToolkit.cleanupStages();
        context.close();
    }

    @Test
    void aSwipedCardFillsIdentityAndTheRestTakesAtMostFifteenActions(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#demoBanner").tryQuery()).as("demo mode is marked").isPresent();
        robot.clickOn("#login").write("demo");
        robot.clickOn("#password").write("demo1234").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#field-idNumber").tryQuery().isPresent());
        waitUntil(() -> robot.lookup("#cardReaderStatus").queryAs(Label.class).getText().equals("读卡器：已连接"));

        robot.type(KeyCode.F2);
        TextField name = robot.lookup("#field-name").queryAs(TextField.class);
        waitUntil(() -> "张伟".equals(name.getText()));
        assertThat(name.isEditable()).as("identity from the chip is locked").isFalse();
        assertThat(robot.lookup("#field-idNumber").queryAs(TextField.class).getText()).isEqualTo("420111198803151232");
        assertThat(robot.lookup("#field-hukouDivision").queryAs(TextField.class).getText()).isEqualTo("420111 湖北省武汉市洪山区");
        Node focused = name.getScene().getFocusOwner();
        assertThat(focused == null ? null : focused.getId()).as("the cursor waits where typing starts").isEqualTo("field-education");

        entry(robot, "21");            // 学历
        entry(robot, "20");            // 婚姻状况
        entry(robot, "13812345678");   // 手机
        entry(robot, "420111002003");  // 居住地社区
        entry(robot, "珞喻路");         // 街路巷
        entry(robot, "123号");          // 门牌号
        entry(robot, "33");            // 居住处所
        entry(robot, "4");             // 拟居住期限
        entry(robot, "09");            // 居住事由
        key(robot, KeyCode.SPACE);     // 已告知并同意
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        actions++;

        try {
            waitUntil(() -> robot.lookup("#noticeLabel").queryAs(Label.class).getText().startsWith("登记成功"));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("not saved; the notice says: "
                    + robot.lookup("#noticeLabel").queryAs(Label.class).getText(), e);
        }
        assertThat(actions).isLessThanOrEqualTo(15);
        var saved = context.registration().search(TestOperators.windowStaff(context), "420111198803151232", null, 0, 5).items();
        assertThat(saved).hasSize(1);
        assertThat(robot.lookup("#noticeLabel").queryAs(Label.class).getText())
                .isEqualTo("登记成功，登记编号 " + saved.get(0).registrationNumber());
    }

    private void entry(FxRobot robot, String value) {
        robot.write(value).type(KeyCode.ENTER);
        actions++;
    }

    private void key(FxRobot robot, KeyCode code) {
        robot.type(code);
        actions++;
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
    }
}
