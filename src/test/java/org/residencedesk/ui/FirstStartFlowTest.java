package org.residencedesk.ui;

import org.residencedesk.domain.account.Role;
import org.residencedesk.testing.TestOperators;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import impl.org.controlsfx.skin.AutoCompletePopup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.masterdata.Division;
import org.residencedesk.testing.TestClock;
import org.residencedesk.ui.shell.Shell;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Empty data folder → the first-run wizard (bad input first, steps 3–6 skipped) → login (wrong password first) → main window. */
@ExtendWith(ApplicationExtension.class)
class FirstStartFlowTest {
    /** The window under test: its session is ended before the station closes (no timer outlives it). */
    private Shell shell;
    private AppContext context;
    /** The data folder; JUnit deletes it after each test. */
    @TempDir
    Path dataDir;
    /** 系统设置 → 备份's folder. */
    @TempDir
    Path backupDir;

    @Start
    void start(Stage stage) throws Exception {
        context = AppContext.openForTests(dataDir, new org.residencedesk.masterdata.ClasspathMasterData(), TestClock.at("2026-11-28T01:00:00Z"));
        DeskServices services = org.residencedesk.app.Main.deskServices(context);
        shell = new Shell(services, FileDialogs.system());
        stage.setScene(new Scene(shell.root(), 1200, 800));
        shell.start(Optional.empty());
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
    void setUpStationThenEachRoleSeesItsWorkAreas(FxRobot robot) throws Exception {
        // step 1 站点: bad input first, each problem beside its field
        assertThat(robot.lookup("#step-STATION").queryAs(Label.class).getStyleClass()).contains("wizard-step-current");
        assertThat(robot.lookup("#skipButton").queryButton().isVisible()).as("steps 1–2 cannot be skipped").isFalse();
        robot.clickOn("#stationCode").write("42011100200");
        robot.clickOn("#stationName").write("珞南街道服务站");
        robot.clickOn("#nextButton");
        waitUntil(robot, () -> !text(robot, "#stationCodeError").isEmpty());
        assertThat(text(robot, "#stationCodeError")).isEqualTo("服务站编码应为12位数字");
        assertThat(text(robot, "#divisionCodeError")).isEqualTo("此项必填");
        assertThat(text(robot, "#issuingAuthorityError")).isEqualTo("此项必填");
        assertThat(robot.lookup("#adminLogin").tryQuery()).as("still on step 1").isEmpty();

        robot.clickOn("#stationCode").write("1");
        robot.clickOn("#issuingAuthority").write("武汉市公安局洪山分局");
        // Last, because its suggestion list opens over the fields below it; Escape closes the list.
        robot.clickOn("#division").write("hs");
        waitUntil(robot, () -> robot.lookup(".auto-complete-popup").tryQuery().isPresent());
        robot.eraseText(2).write("420111002");
        // the suggestions are fetched after a delay; Escape must close the list that shows the final text
        waitUntil(robot, () -> robot.lookup(".auto-complete-popup").tryQuery()
                .map(node -> node.getScene().getWindow())
                .filter(window -> window instanceof AutoCompletePopup<?> popup && popup.isShowing()
                        && !popup.getSuggestions().isEmpty()
                        && popup.getSuggestions().get(0) instanceof Division d && d.code().startsWith("420111002"))
                .isPresent());
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        robot.clickOn("#stationName").type(javafx.scene.input.KeyCode.ENTER); // Enter = 下一步
        waitUntil(robot, () -> robot.lookup("#adminLogin").tryQuery().isPresent());
        assertThat(context.stationSetup().isSetUp()).as("step 1 stores nothing").isFalse();

        // step 2 管理员: Esc goes back to step 1 with its input kept, Enter comes back
        robot.clickOn("#adminLogin").type(javafx.scene.input.KeyCode.ESCAPE);
        waitUntil(robot, () -> robot.lookup("#stationCode").tryQuery().isPresent());
        assertThat(robot.lookup("#stationCode").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo("420111002001");
        robot.clickOn("#stationCode").type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(robot, () -> robot.lookup("#adminLogin").tryQuery().isPresent());
        robot.clickOn("#password").write("short");
        robot.clickOn("#nextButton");
        waitUntil(robot, () -> !text(robot, "#passwordError").isEmpty());
        assertThat(text(robot, "#adminLoginError")).isEqualTo("此项必填");
        assertThat(text(robot, "#passwordError")).isEqualTo("密码至少10位");
        assertThat(context.stationSetup().isSetUp()).as("nothing stored for bad input").isFalse();
        robot.clickOn("#adminLogin").write("wangzz");
        robot.clickOn("#adminDisplayName").write("王站长");
        robot.doubleClickOn("#password").eraseText(5).write("Counter2026");
        robot.clickOn("#passwordConfirm").write("Counter2026");
        robot.clickOn("#nextButton");

        // steps 3–6 skipped: done later in 系统设置
        waitUntil(robot, () -> robot.lookup("#step-CARD_READER").queryAs(Label.class).getStyleClass()
                .contains("wizard-step-current"));
        assertThat(context.stationSetup().isSetUp()).isTrue();
        assertThat(robot.lookup("#backButton").queryButton().isDisabled()).as("steps 1–2 stay closed").isTrue();
        for (String step : new String[] {"PRINTERS", "PLATFORM", "BACKUP"}) {
            robot.clickOn("#skipButton");
            waitUntil(robot, () -> robot.lookup("#step-" + step).queryAs(Label.class).getStyleClass()
                    .contains("wizard-step-current"));
        }
        assertThat(robot.lookup("#nextButton").queryButton().getText()).isEqualTo("完成");
        robot.clickOn("#skipButton");
        waitUntil(robot, () -> robot.lookup("#signInButton").tryQuery().isPresent());
        assertThat(robot.lookup("#demoBanner").tryQuery()).isEmpty();

        robot.clickOn("#login").write("wangzz");
        robot.clickOn("#password").write("wrong-password1");
        robot.clickOn("#signInButton");
        waitUntil(robot, () -> !text(robot, "#passwordError").isEmpty());
        assertThat(text(robot, "#passwordError")).isEqualTo("账号或密码错误");

        robot.clickOn("#password").write("Counter2026");
        robot.clickOn("#signInButton");
        waitUntil(robot, () -> robot.lookup("#areas").tryQuery().isPresent());
        TabPane areas = robot.lookup("#areas").queryAs(TabPane.class);
        // the first administrator sees no personal data: 系统设置, and 平台同步 (the state of uploads)
        assertThat(areas.getTabs()).extracting(t -> t.getText()).containsExactly("系统设置", "平台同步");
        assertThat(text(robot, "#cardReaderStatus")).isEqualTo("读卡器：未配置");
        waitUntil(robot, () -> !text(robot, "#setupStatus").isEmpty());
        assertThat(text(robot, "#setupStatus")).isEqualTo("尚未配置：读卡器、打印机、平台、备份（可在“系统设置”中配置）");
        // configured in 系统设置 → 备份: the entry leaves the status bar at the next change of area
        robot.interact(() -> areas.getSelectionModel().select(0));
        Node[] backupTab = new Node[1];
        robot.interact(() -> {
            TabPane settings = robot.lookup("#settingsTabs").queryAs(TabPane.class);
            settings.getSelectionModel().select(3); // 打印机, 用户管理, 站点政策, 备份
            assertThat(settings.getSelectionModel().getSelectedItem().getText()).isEqualTo("备份");
            backupTab[0] = settings.getSelectionModel().getSelectedItem().getContent();
        });
        waitUntil(robot, () -> robot.from(backupTab[0]).lookup("#folderField").tryQuery().isPresent());
        String backupFolder = backupDir.toString();
        robot.interact(() -> {
            robot.from(backupTab[0]).lookup("#folderField").queryAs(javafx.scene.control.TextField.class)
                    .setText(backupFolder);
            robot.from(backupTab[0]).lookup("#saveButton").queryButton().fire();
        });
        waitUntil(robot, () -> robot.from(backupTab[0]).lookup("#messageLabel").queryAs(Label.class).getText()
                .equals("已保存自动备份设置。"));
        robot.interact(() -> areas.getSelectionModel().select(1));
        waitUntil(robot, () -> text(robot, "#setupStatus").equals(
                "尚未配置：读卡器、打印机、平台（可在“系统设置”中配置）"));
        // the first administrator holds only that role: the counter's staff get accounts of their own
        assertThat(context.transactions().readOnly(() -> context.users().findByLogin("wangzz")).orElseThrow().roles())
                .containsExactly(org.residencedesk.domain.account.Role.ADMIN);
        robot.interact(() -> areas.getSelectionModel().select(0));
        robot.interact(() -> {
            TabPane settings = robot.lookup("#settingsTabs").queryAs(TabPane.class);
            settings.getSelectionModel().select(settings.getTabs().get(1));
        });
        waitUntil(robot, () -> robot.lookup("#newLogin").tryQuery().isPresent());
        robot.clickOn("#newLogin").write("liming");
        robot.clickOn("#newDisplayName").write("Li Ming");
        robot.clickOn("#newRole-WINDOW_STAFF");
        robot.clickOn("#newUserPassword").write("Guanshan#88");
        robot.clickOn("#newUserPasswordConfirm").write("Guanshan#88");
        robot.clickOn("#addUserButton");
        waitUntil(robot, () -> text(robot, "#usersNotice").startsWith("已新增账号"));
        assertThat(text(robot, "#usersNotice")).isEqualTo("已新增账号 liming，首次登录时须修改初始密码");
        org.residencedesk.testing.Screenshots.take(robot, areas.getScene(), "user-management");
        robot.clickOn("#logoutButton");
        waitUntil(robot, () -> robot.lookup("#signInButton").tryQuery().isPresent());

        robot.clickOn("#login").write("liming");
        robot.clickOn("#password").write("Guanshan#88").type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(robot, () -> robot.lookup("#changePasswordScreen").tryQuery().isPresent());
        org.residencedesk.testing.Screenshots.take(robot, robot.lookup("#changePasswordScreen").query().getScene(), "change-password");
        robot.clickOn("#currentPassword").write("Guanshan#88");
        robot.clickOn("#newPassword").write("Zhuodaoquan#3");
        robot.clickOn("#newPasswordConfirm").write("Zhuodaoquan#3").type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(robot, () -> robot.lookup("#field-idNumber").tryQuery().isPresent());
        assertThat(robot.lookup("#settingsTabs").tryQuery()).as("a counter account has no settings").isEmpty();
        TabPane counterAreas = robot.lookup("#areas").queryAs(TabPane.class);
        assertThat(counterAreas.getTabs()).extracting(t -> t.getText()).containsExactly("工作台", "居住登记", "居住证", "签注", "查询",
                "登记簿", "流出人口", "核验", "采集队列", "平台同步");
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.DIGIT4)
                .release(javafx.scene.input.KeyCode.DIGIT4, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(counterAreas.getSelectionModel().getSelectedItem().getText()).isEqualTo("查询");
    }

    @Test
    void demoModeIsMarkedOnEveryScreenAndComesWithPeopleAndPermits(FxRobot robot) throws Exception {
        robot.clickOn("#demoButton");
        // the demo station is a whole township of people and permits: minutes on a loaded 2-core machine
        waitUntil(robot, () -> robot.lookup("#signInButton").tryQuery().isPresent(), 180);
        assertThat(robot.lookup("#demoBanner").tryQuery()).isPresent();
        assertThat(context.registration().search(TestOperators.windowStaff(context), "z", null, 0, 5).items()).hasSize(5);
        long[] permits = {0};
        context.permitQueries().exportRows(TestOperators.signIn(context, "zhangzz", "张站长", Role.CHIEF), row -> permits[0]++);
        assertThat(permits[0]).as("demo permits").isEqualTo(50L);

        robot.clickOn("#login").write("demo");
        robot.clickOn("#password").write("demo1234").type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(robot, () -> robot.lookup("#areas").tryQuery().isPresent());
        assertThat(robot.lookup("#demoBanner").tryQuery()).as("still marked in the main window").isPresent();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static void waitUntil(FxRobot robot, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        waitUntil(robot, condition, 30);
    }

    private static void waitUntil(FxRobot robot, java.util.concurrent.Callable<Boolean> condition, int seconds)
            throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
    }
}
