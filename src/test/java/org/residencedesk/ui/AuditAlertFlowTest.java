package org.residencedesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.residencedesk.testing.FxWait.waitUntil;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.EnumSet;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.app.Main;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.account.UserAccount;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.security.Pbkdf2PasswordHasher;
import org.residencedesk.service.StationSetup;
import org.residencedesk.testing.TestClock;
import org.residencedesk.ui.shell.Shell;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The audit chain was edited before start: a window clerk keeps working, the administrator is stopped by the alert. */
@ExtendWith(ApplicationExtension.class)
class AuditAlertFlowTest {
    /** The window under test: its session is ended before the station closes (no timer outlives it). */
    private Shell shell;
    private static final String CLERK_LOGIN = "limei";
    private static final String CLERK_PASSWORD = "Window2026";
    private AppContext context;
    @TempDir
    Path dataDir;
    @TempDir
    Path keyDir;

    @Start
    void start(Stage stage) throws Exception {
        TestClock clock = TestClock.at("2026-11-28T01:15:00Z");
        org.residencedesk.testing.StationTemplate.seed(dataDir, keyDir); // a copy of the migrated template (ADR 0361)
        context = AppContext.openForTests(dataDir, keyDir, org.residencedesk.testing.TestMasterData.shared(), clock);
        context.stationSetup().setUp(new StationSetup("420111002001", "关山街道流动人口服务站", "420111002", "武汉市公安局洪山分局", "admin",
                "站长", "Station#2026".toCharArray(), "Station#2026".toCharArray()));
        context.transactions().run(() -> context.users().save(new UserAccount(CLERK_LOGIN, "李梅",
                new Pbkdf2PasswordHasher(1000).hash(CLERK_PASSWORD.toCharArray()), EnumSet.of(Role.WINDOW_STAFF),
                clock.instant())));
        try (Connection c = context.database().openConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE AUDIT_ENTRY SET DETAIL = 'edited' WHERE SEQ = 2");
        }
        context.auditAlarm().report(context.audit().verifyAndLog()); // the check at start
        shell = new Shell(Main.deskServices(context), FileDialogs.system());
        stage.setScene(new Scene(shell.root(), 1200, 800));
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
    void theAdministratorSeesTheBlockingAlertAfterLoginAndTheClerkDoesNot(FxRobot robot) throws Exception {
        signIn(robot, CLERK_LOGIN, CLERK_PASSWORD);
        waitUntil(() -> "审计日志校验未通过，请联系管理员".equals(text(robot, "#auditStatus")));
        assertThat(robot.lookup("#auditAlert").tryQuery()).as("the clerk keeps working").isEmpty();
        robot.clickOn("#logoutButton");
        waitUntil(() -> robot.lookup("#signInButton").tryQuery().isPresent());

        signIn(robot, "admin", "Station#2026");
        waitUntil(() -> robot.lookup("#auditAlert").tryQuery().isPresent());
        assertThat(text(robot, "#auditAlertText")).startsWith(
                "审计日志校验未通过：审计记录被修改、插入或删除，校验值不符。\n审计日志共 ")
                .contains("首个异常记录序号：2。", "请立即联系区县信息化负责人", "audit verify");
        assertThat(robot.lookup("#auditAlert").query().getScene().getWindow())
                .isNotSameAs(robot.lookup("#areas").query().getScene().getWindow());
        assertThat(((Stage) robot.lookup("#auditAlert").query().getScene().getWindow()).getModality())
                .isNotEqualTo(javafx.stage.Modality.NONE);

        robot.clickOn("#acknowledgeAuditButton");
        waitUntil(() -> robot.lookup("#auditAlert").tryQuery().isEmpty());
        assertThat(context.transactions().readOnly(() -> context.auditLog().latest(1)).get(0).action())
                .isEqualTo(AuditAction.AUDIT_BREAK_ACKNOWLEDGED);
        assertThat(text(robot, "#auditStatus")).isEqualTo("审计日志校验未通过，请联系管理员");
    }

    private static void signIn(FxRobot robot, String login, String password) throws Exception {
        robot.clickOn("#login").write(login);
        robot.clickOn("#password").write(password).type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#areas").tryQuery().isPresent());
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
