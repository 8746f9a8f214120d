package org.residencedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.app.Main;
import org.residencedesk.domain.outbox.EventType;
import org.residencedesk.domain.outbox.OutboxEvent;
import org.residencedesk.service.StationSetup;
import org.residencedesk.testing.IdNumbers;
import org.residencedesk.testing.Screenshots;
import org.residencedesk.testing.TestClock;
import org.residencedesk.ui.shell.Shell;
import org.residencedesk.domain.account.Role;
import org.residencedesk.testing.TestOperators;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The counter's core job through the real window: type a registration → save → certificate PDF →
 * search finds it → change the address → move out; every step lands in Derby with its platform event.
 */
@ExtendWith(ApplicationExtension.class)
class RegistrationFlowTest {
    /** The window under test: its session is ended before the station closes (no timer outlives it). */
    private Shell shell;
    private AppContext context;
    /** The data folder; JUnit deletes it after each test. */
    @TempDir
    Path dataDir;
    private Path pdf;

    @Start
    void start(Stage stage) throws Exception {
        pdf = dataDir.resolve("certificate.pdf");
        org.residencedesk.testing.StationTemplate.seed(dataDir); // a copy of the migrated template (ADR 0361)
        context = AppContext.openForTests(dataDir, org.residencedesk.testing.TestMasterData.shared(), TestClock.at("2026-11-28T01:15:00Z"));
        // the first administrator holds only the administrator role; 王芳 does the counter's work
        context.stationSetup().setUp(new StationSetup("420111002001", "关山街道流动人口服务站", "420111002", "武汉市公安局洪山分局", "admin",
                "站长", "Station#2026".toCharArray(), "Station#2026".toCharArray()));
        TestOperators.signIn(context, "wangfang", "王芳", Role.WINDOW_STAFF);
        shell = new Shell(Main.deskServices(context), (owner, title, name) -> Optional.of(pdf));
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
    void registerPrintFindChangeAndMoveOut(FxRobot robot) throws Exception {
        robot.clickOn("#login").write("wangfang");
        robot.clickOn("#password").write(TestOperators.PASSWORD).type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#field-idNumber").tryQuery().isPresent());

        String id = IdNumbers.citizen("420106", "19900315", 122);
        fill(robot, "idNumber", id);
        fill(robot, "name", "阿依古丽·买买提");
        fill(robot, "sex", "2");
        fill(robot, "ethnicGroup", "05");
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
        robot.interact(() -> robot.lookup("#field-privacyConsent").query().requestFocus());
        robot.type(KeyCode.SPACE);
        Screenshots.take(robot, robot.lookup("#noticeLabel").query().getScene(), "registration-filled");
        shortcut(robot, KeyCode.S);
        waitUntil(() -> notice(robot).startsWith("登记成功"));
        String number = notice(robot).replace("登记成功，登记编号 ", "");
        assertThat(number).as("the first registration of station 420111002001 in 2026").isEqualTo("4201110020012026000001");

        robot.clickOn("#registrationExportButton");
        // the first certificate of a fresh data folder compiles its template: give a busy CI machine time
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> notice(robot).startsWith("凭证已保存"));
        assertThat(notice(robot)).isEqualTo("凭证已保存为 certificate.pdf");
        String text = pdfText(pdf);
        assertThat(text).contains("阿依古丽·买买提", number, "珞喻路1037号");

        shortcut(robot, KeyCode.DIGIT4);
        robot.clickOn("#searchField").write("阿依古丽").type(KeyCode.ENTER);
        TableView<?> table = robot.lookup("#resultTable").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 1);
        robot.interact(() -> table.getSelectionModel().select(0));
        assertThat(robot.from(table).lookup(id.substring(0, 6) + "********" + id.substring(14)).tryQuery())
                .as("the list shows the ID number masked").isPresent();
        assertThat(robot.from(table).lookup(id).tryQuery()).isEmpty();

        Screenshots.take(robot, table.getScene(), "query-results");
        robot.clickOn("#changeButton");
        waitUntil(() -> notice(robot).startsWith("正在变更登记"));
        assertThat(notice(robot)).isEqualTo("正在变更登记 " + number);
        TextField street = robot.lookup("#field-street").queryAs(TextField.class);
        robot.interact(() -> {
            street.requestFocus();
            street.selectAll();
        });
        robot.write("雄楚大道").type(KeyCode.ENTER);
        shortcut(robot, KeyCode.S);
        waitUntil(() -> notice(robot).startsWith("变更成功"));
        assertThat(notice(robot)).isEqualTo("变更成功，登记编号 " + number);

        shortcut(robot, KeyCode.DIGIT4);
        robot.clickOn("#searchButton");
        waitUntil(() -> table.getItems().size() == 1
                && ((org.residencedesk.domain.registration.RegistrationSummary) table.getItems().get(0))
                .addressText().contains("雄楚大道"));
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#moveOutButton");
        robot.clickOn("#confirmMoveOutButton");
        waitUntil(() -> robot.lookup("已注销").tryQuery().isPresent());

        List<EventType> events = context.transactions().readOnly(() -> context.outbox().pending(100)).stream()
                .filter(e -> e.aggregateId().equals(number)).map(OutboxEvent::type).toList();
        assertThat(events).containsExactly(EventType.REGISTRATION_CREATED, EventType.REGISTRATION_CHANGED,
                EventType.REGISTRATION_CANCELLED);
    }

    private static void fill(FxRobot robot, String field, String text) {
        robot.interact(() -> robot.lookup("#field-" + field).query().requestFocus());
        robot.write(text).type(KeyCode.ENTER);
    }

    private static void shortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String notice(FxRobot robot) {
        return robot.lookup("#noticeLabel").queryAs(Label.class).getText();
    }

    static String pdfText(Path pdf) throws Exception {
        Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("pdftotext finished").isTrue();
        assertThat(p.exitValue()).as("pdftotext exit code").isZero();
        return out.replaceAll("\\s+", "");
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
    }
}
