package org.residencedesk.multicounter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.app.Main;
import org.residencedesk.domain.account.Role;
import org.residencedesk.testing.IdNumbers;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestMasterData;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testing.TestStation;
import org.residencedesk.ui.shell.Shell;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The counter's window when the main PC's server goes away while a registration is being typed (docs/decisions/0330):
 * the save fails through BackgroundWork's failure path with the SERVER_UNREACHABLE message in the notice beside the
 * save, and every field keeps what was typed. The server is the product's {@code serve-db} in a child JVM.
 */
@ExtendWith(ApplicationExtension.class)
class CounterServerGoneWindowTest {
    @TempDir
    static Path mainPc;
    @TempDir
    static Path counter;
    @TempDir
    static Path shared;

    private final TestClock clock = TestClock.at("2026-11-28T01:15:00Z");
    private ServeDbProcess server;
    private int port;
    private AppContext context;
    private Shell shell;
    private Parent root;

    @Start
    void start(Stage stage) throws Exception {
        try (AppContext main = TestStation.open(mainPc, clock)) {
            TestOperators.signIn(main, "wangfang", "王芳", Role.WINDOW_STAFF);
        }
        port = MultiCounterStationTest.freePort();
        server = ServeDbProcess.start(mainPc, port, shared.resolve("counter.properties"));
        MultiCounterStationTest.install(server.counterSettings(), counter, "counter-2");
        context = AppContext.openForTests(counter, TestMasterData.shared(), clock);
        shell = new Shell(Main.deskServices(context), (owner, title, name) -> Optional.empty());
        root = shell.root();
        stage.setScene(new Scene(root, 1366, 800));
        shell.start(context.stationSetup().station());
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        if (shell != null) {
            shell.endSession();
        }
        FxToolkit.cleanupStages();
        if (context != null) {
            context.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theFormKeepsEveryTypedValueAndShowsTheMessageBesideTheSave(FxRobot robot) throws Exception {
        robot.clickOn(robot.from(root).lookup("#login").queryAs(Node.class)).write("wangfang");
        robot.clickOn(robot.from(root).lookup("#password").queryAs(Node.class)).write(TestOperators.PASSWORD)
                .type(KeyCode.ENTER);
        waitUntil(() -> robot.from(root).lookup("#field-idNumber").tryQuery().isPresent());

        fill(robot, "idNumber", IdNumbers.citizen("420106", "19900315", 122));
        fill(robot, "name", "欧阳春晓");
        fill(robot, "sex", "2");
        fill(robot, "ethnicGroup", "01");
        fill(robot, "birthDate", "19900315");
        fill(robot, "hukouDivision", "420106");
        fill(robot, "hukouAddress", "湖北省武汉市武昌区中山路1号");
        fill(robot, "education", "21");
        fill(robot, "maritalStatus", "10");
        fill(robot, "mobile", "13812345678");
        fill(robot, "residenceDivision", "420111002003");
        fill(robot, "street", "珞喻路");
        fill(robot, "houseNumber", "1037号");
        fill(robot, "residenceType", "33");
        fill(robot, "intendedStay", "4");
        fill(robot, "residenceReason", "09");
        robot.interact(() -> robot.from(root).lookup("#field-privacyConsent").query().requestFocus());
        robot.type(KeyCode.SPACE);
        Map<String, String> typed = fieldTexts(robot);
        assertThat(typed).containsEntry("field-name", "欧阳春晓").containsEntry("field-street", "珞喻路");

        assertThat(server.stop()).as("serve-db stopped cleanly").isTrue();
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        String expected = "无法连接主机上的数据库服务（127.0.0.1:" + port + "），没有保存任何内容；窗口中已填写的内容仍在。"
                + "请确认主机已开机、网络已连通且数据库服务（residence-desk serve-db）正在运行，然后再试；如仍无法连接请联系县局信息员。";
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return expected.equals(notice(robot));
        });

        assertThat(fieldTexts(robot)).as("every field after the failed save").isEqualTo(typed);
        Label notice = robot.from(root).lookup("#noticeLabel").queryAs(Label.class);
        assertThat(notice.isVisible()).isTrue();
        assertThat(robot.from(root).lookup("#field-idNumber").tryQuery()).as("still on the form").isPresent();
    }

    /** The text of every field of the form (and the consent box), by node id. */
    private Map<String, String> fieldTexts(FxRobot robot) {
        Map<String, String> texts = new TreeMap<>();
        robot.interact(() -> robot.from(root).lookup((java.util.function.Predicate<Node>) n -> n.getId() != null
                && n.getId().startsWith("field-"))
                .queryAll().forEach(n -> {
                    if (n instanceof TextInputControl t) {
                        texts.put(n.getId(), t.getText());
                    } else if (n instanceof CheckBox c) {
                        texts.put(n.getId(), Boolean.toString(c.isSelected()));
                    }
                }));
        return texts;
    }

    private void fill(FxRobot robot, String field, String text) {
        robot.interact(() -> robot.from(root).lookup("#field-" + field).query().requestFocus());
        robot.write(text).type(KeyCode.ENTER);
    }

    private String notice(FxRobot robot) {
        return robot.from(root).lookup("#noticeLabel").queryAs(Label.class).getText();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
    }
}
