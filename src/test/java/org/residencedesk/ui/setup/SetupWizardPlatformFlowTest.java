package org.residencedesk.ui.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.app.Main;
import org.residencedesk.platformsim.Faults;
import org.residencedesk.platformsim.PlatformSimulator;
import org.residencedesk.service.setup.SetupItem;
import org.residencedesk.testing.TestCertificates;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testing.TestStation;
import org.residencedesk.ui.FileDialogs;
import org.residencedesk.ui.shell.Shell;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The wizard on a fresh data folder with its 平台 step filled against the platform simulator over real mutual TLS:
 * 连接测试 passes inside the wizard, 下一步 saves platform.properties through 系统设置's own view model, and the
 * checklist no longer names 平台.
 */
@ExtendWith(ApplicationExtension.class)
class SetupWizardPlatformFlowTest {
    /** The window under test: its session is ended before the station closes (no timer outlives it). */
    private Shell shell;
    @TempDir
    static Path folder;
    private static AppContext ctx;
    private static PlatformSimulator sim;
    private static TestCertificates.Pki province;
    private Parent root;

    /** Data folder, certificates and simulator before the window (the slow part, outside TestFX's setup time). */
    @BeforeAll
    static void station() {
        TestClock clock = TestClock.at("2026-11-28T01:15:00Z");
        ctx = AppContext.openForTests(folder.resolve("station"), org.residencedesk.testing.TestMasterData.shared(),
                clock);
        province = TestCertificates.create(folder.resolve("province"), "省厅", TestStation.CODE);
        sim = PlatformSimulator.start(folder.resolve("sim"), 0, province.serverTls(province.caTruststore()),
                new Faults(1), null, clock);
    }

    @Start
    void start(Stage stage) {
        shell = new Shell(Main.deskServices(ctx), FileDialogs.system());
        root = shell.root();
        stage.setScene(new Scene(root, 1366, 800));
        shell.start(Optional.empty());
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        if (shell != null) shell.endSession();
        org.testfx.api.FxToolkit.cleanupStages();
    }

    @AfterAll
    static void closeStation() {
        sim.close();
        ctx.close();
    }

    @Test
    void thePlatformStepTestsTheConnectionAndSavesIt(FxRobot robot) throws Exception {
        set(robot, "#stationCode", TestStation.CODE);
        set(robot, "#stationName", "关山街道流动人口服务站");
        set(robot, "#division", "420111002");
        set(robot, "#issuingAuthority", "武汉市公安局洪山分局");
        next(robot);
        waitUntil(() -> robot.from(root).lookup("#adminLogin").tryQuery().isPresent());
        set(robot, "#adminLogin", "wangzz");
        set(robot, "#adminDisplayName", "王站长");
        set(robot, "#password", "Counter2026");
        set(robot, "#passwordConfirm", "Counter2026");
        next(robot);
        waitUntil(() -> current(robot, "CARD_READER"));
        robot.interact(() -> robot.from(root).lookup("#skipButton").queryButton().fire());
        waitUntil(() -> current(robot, "PRINTERS"));
        robot.interact(() -> robot.from(root).lookup("#skipButton").queryButton().fire());
        waitUntil(() -> current(robot, "PLATFORM") && robot.from(root).lookup("#url").tryQuery().isPresent());

        // 系统设置's own 保存 is hidden: 下一步 saves
        Node save = robot.from(root).lookup("#saveButton").query();
        assertThat(save.isVisible()).isFalse();
        set(robot, "#url", sim.url().toString());
        set(robot, "#keystore", province.clientKeystore().toString());
        set(robot, "#passwordFile", province.passwordFile().toString());
        set(robot, "#truststore", province.caTruststore().toString());
        Label result = robot.from(root).lookup("#testResult").queryAs(Label.class);
        robot.interact(() -> robot.from(root).lookup("#testButton").queryButton().fire());
        waitUntil(() -> result.getText().startsWith("连接测试"));
        assertThat(result.getText()).startsWith("连接测试通过。\n【通过】配置：配置正确：地址有效，证书文件和密码文件可以打开。")
                .endsWith("【通过】时钟：本机时钟正常（与平台相差 0 秒）。");
        assertThat(Files.exists(folder.resolve("station").resolve("platform.properties")))
                .as("a test saves nothing").isFalse();

        next(robot);
        waitUntil(() -> current(robot, "BACKUP"));
        assertThat(ctx.platform().configured()).isTrue();
        robot.interact(() -> robot.from(root).lookup("#skipButton").queryButton().fire());
        waitUntil(() -> robot.from(root).lookup("#signInButton").tryQuery().isPresent());
        assertThat(ctx.setupChecklist().missing(TestOperators.signIn(ctx, "chakan", "查看员",
                org.residencedesk.domain.account.Role.CLERK)))
                .containsExactly(SetupItem.CARD_READER, SetupItem.PRINTERS, SetupItem.BACKUP);
    }

    private void set(FxRobot robot, String id, String text) {
        robot.interact(() -> robot.from(root).lookup(id).queryAs(TextField.class).setText(text));
    }

    private void next(FxRobot robot) {
        robot.interact(() -> robot.from(root).lookup("#nextButton").queryButton().fire());
    }

    private boolean current(FxRobot robot, String step) {
        return robot.from(root).lookup("#step-" + step).queryAs(Label.class).getStyleClass()
                .contains("wizard-step-current");
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
    }
}
