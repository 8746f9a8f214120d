package org.residencedesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.residencedesk.testing.FxWait.waitUntil;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.app.Main;
import org.residencedesk.domain.account.Role;
import org.residencedesk.port.StationProblem;
import org.residencedesk.service.Operator;
import org.residencedesk.service.StationSetup;
import org.residencedesk.service.collection.CollectedPeople;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestMasterData;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.ui.FileDialogs;
import org.residencedesk.ui.shell.Shell;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 18 item 2 in the window (ADR 0333): the registration table's data page overwritten with random bytes while
 * the station was shut down; the consistency check at start finds it. Window staff see the status-bar line and
 * keep reading; the administrator is also told by an alert with the way out, and 关于与诊断 says changes are refused.
 */
@ExtendWith(ApplicationExtension.class)
class DamagedDatabaseWindowTest {
    private static final String STATUS = "数据库已损坏：已停止保存任何修改，请用最近的备份恢复";
    private Shell shell;
    private AppContext context;
    private Parent root;
    @TempDir
    Path dataDir;
    @TempDir
    Path keyDir;

    @Start
    void start(Stage stage) throws Exception {
        TestClock clock = TestClock.at("2026-11-28T01:15:00Z");
        String heapFile;
        org.residencedesk.testing.StationTemplate.seed(dataDir, keyDir); // a copy of the migrated template (ADR 0361)
        try (AppContext healthy = AppContext.openForTests(dataDir, keyDir, TestMasterData.shared(), clock)) {
            healthy.stationSetup().setUp(new StationSetup("420111002001", "关山街道流动人口服务站", "420111002",
                    "武汉市公安局洪山分局", "admin", "系统管理员", "Station#2026".toCharArray(),
                    "Station#2026".toCharArray()));
            Operator clerk = TestOperators.signIn(healthy, "limei", "李梅", Role.WINDOW_STAFF);
            for (int i = 0; i < 3; i++) {
                healthy.registration().register(clerk, CollectedPeople.person(700 + i));
            }
            assertThat(healthy.databaseDamaged()).isFalse();
            heapFile = heapFileOf(healthy, "RESIDENCE_REGISTRATION");
        }
        Path file = dataDir.resolve("db").resolve("seg0").resolve(heapFile);
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] garbage = new byte[4096];
            new java.util.Random(18).nextBytes(garbage);
            f.seek(f.length() / 2 / 4096 * 4096); // the data page after the header page
            f.write(garbage);
        }
        context = AppContext.openForTests(dataDir, keyDir, TestMasterData.shared(), clock);
        assertThat(context.databaseDamaged()).as("found by the consistency check at start").isTrue();
        shell = new Shell(Main.deskServices(context), FileDialogs.system());
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
    }

    @Test
    void windowStaffSeeTheLineTheAdministratorTheAlertAndAboutSaysChangesAreRefused(FxRobot robot) throws Exception {
        signIn(robot, "limei", TestOperators.PASSWORD);
        waitUntil(() -> STATUS.equals(text(robot, "#databaseStatus")));
        assertThat(robot.from(root).lookup("#databaseStatus").query().isVisible()).isTrue();
        assertThat(robot.lookup("#databaseAlert").tryQuery()).as("window staff keep working").isEmpty();
        robot.clickOn(robot.from(root).lookup("#logoutButton").queryAs(javafx.scene.Node.class));
        waitUntil(() -> robot.from(root).lookup("#login").tryQuery().isPresent());

        signIn(robot, "admin", "Station#2026");
        waitUntil(() -> robot.lookup("#databaseAlert").tryQuery().isPresent());
        String message = new StationProblem(StationProblem.Kind.DAMAGED, dataDir.resolve("db").toString(), null)
                .userMessage();
        assertThat(robot.lookup("#databaseAlertText").queryAs(Label.class).getText()).isEqualTo(message)
                .contains("系统设置 → 备份").contains("restore");
        Window alert = robot.lookup("#databaseAlert").query().getScene().getWindow();
        assertThat(alert).isNotSameAs(root.getScene().getWindow());
        assertThat(((Stage) alert).getModality()).isNotEqualTo(javafx.stage.Modality.NONE);
        assertThat(text(robot, "#databaseStatus")).isEqualTo(STATUS);

        robot.clickOn("#dismissDatabaseAlertButton");
        waitUntil(() -> robot.lookup("#databaseAlert").tryQuery().isEmpty());
        assertThat(text(robot, "#databaseStatus")).as("the line stays after 知道了").isEqualTo(STATUS);

        TabPane settings = robot.from(root).lookup("#settingsTabs").queryAs(TabPane.class);
        robot.interact(() -> settings.getSelectionModel().select(settings.getTabs().stream()
                .filter(t -> "settingsAboutTab".equals(t.getId())).findFirst().orElseThrow()));
        waitUntil(() -> !text(robot, "#databaseLabel").isEmpty());
        assertThat(text(robot, "#databaseLabel")).isEqualTo(
                "本工作站拒绝保存任何修改（登记、变更、受理等均无法保存），查询仍可使用。" + message);
    }

    private void signIn(FxRobot robot, String login, String password) throws Exception {
        robot.clickOn(robot.from(root).lookup("#login").queryAs(javafx.scene.Node.class)).write(login);
        robot.clickOn(robot.from(root).lookup("#password").queryAs(javafx.scene.Node.class)).write(password)
                .type(KeyCode.ENTER);
        waitUntil(() -> robot.from(root).lookup("#areas").tryQuery().isPresent());
    }

    private String text(FxRobot robot, String query) {
        return robot.from(root).lookup(query).queryAs(Label.class).getText();
    }

    private static String heapFileOf(AppContext ctx, String table) throws Exception {
        try (Connection c = ctx.database().openConnection(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT c.CONGLOMERATENUMBER FROM SYS.SYSCONGLOMERATES c JOIN SYS.SYSTABLES t ON c.TABLEID = t.TABLEID"
                        + " WHERE t.TABLENAME = '" + table + "' AND NOT c.ISINDEX")) {
            rs.next();
            return "c" + Long.toHexString(rs.getLong(1)) + ".dat";
        }
    }
}
