package org.residencedesk.ui.settings.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
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
import org.residencedesk.domain.account.Role;
import org.residencedesk.platformsim.Faults;
import org.residencedesk.platformsim.PlatformSimulator;
import org.residencedesk.service.Operator;
import org.residencedesk.testing.TestCertificates;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testing.TestStation;
import org.residencedesk.ui.BackgroundWork;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 系统设置 → 平台 in a (headless) window against the platform simulator over real mutual TLS: 连接测试 runs off the FX
 * thread and reports each step in Chinese; with a certificate the province did not issue it says so.
 */
@ExtendWith(ApplicationExtension.class)
class PlatformSettingsViewTest {
    @TempDir
    static Path folder;
    private static AppContext ctx;
    private static PlatformSimulator sim;
    private static TestCertificates.Pki province;
    private static TestCertificates.Pki stranger;
    private static Operator admin;
    private ExecutorService pool;
    private Parent root;
    private PlatformSettingsViewModel model;

    /** Station, certificates and simulator before the window (the slow part, outside TestFX's setup time). */
    @BeforeAll
    static void station() {
        TestClock clock = TestClock.at("2026-11-28T01:15:00Z");
        ctx = TestStation.open(folder.resolve("station"), clock);
        province = TestCertificates.create(folder.resolve("province"), "省厅", TestStation.CODE);
        stranger = TestCertificates.create(folder.resolve("stranger"), "外来", TestStation.CODE);
        sim = PlatformSimulator.start(folder.resolve("sim"), 0, province.serverTls(province.caTruststore()),
                new Faults(1), null, clock);
        admin = TestOperators.signIn(ctx, "xitong", "系统管理员", Role.ADMIN);
    }

    @Start
    void start(Stage stage) {
        pool = BackgroundWork.newWorkerPool();
        model = new PlatformSettingsViewModel(ctx.platformSettings(), admin, BackgroundWork.toFxThread(pool));
        root = new PlatformSettingsView(model).load();
        stage.setScene(new Scene(root, 1000, 760));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        org.testfx.api.FxToolkit.cleanupStages();
        pool.shutdownNow();
    }

    @AfterAll
    static void closeStation() {
        sim.close();
        ctx.close();
    }

    private void fill(FxRobot robot, TestCertificates.Pki keys) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, model.loaded::get); // the file's values are in the fields
        robot.interact(() -> {
            robot.from(root).lookup("#url").queryAs(TextField.class).setText(sim.url().toString());
            robot.from(root).lookup("#keystore").queryAs(TextField.class).setText(keys.clientKeystore().toString());
            robot.from(root).lookup("#passwordFile").queryAs(TextField.class).setText(keys.passwordFile().toString());
            robot.from(root).lookup("#truststore").queryAs(TextField.class)
                    .setText(province.caTruststore().toString());
        });
    }

    private String test(FxRobot robot) throws Exception {
        Label result = robot.from(root).lookup("#testResult").queryAs(Label.class);
        robot.interact(() -> robot.from(root).lookup("#testButton").queryButton().fire());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> result.getText().startsWith("连接测试"));
        return result.getText();
    }

    @Test
    void theConnectionTestSaysWhatWorksAndThatAForeignCertificateIsRefused(FxRobot robot) throws Exception {
        String where = "127.0.0.1:" + sim.url().getPort();
        fill(robot, province);
        assertThat(test(robot)).isEqualTo(String.join("\n", "连接测试通过。",
                "【通过】配置：配置正确：地址有效，证书文件和密码文件可以打开。",
                "【通过】网络（域名解析和端口）：网络连通：已连接 " + where + "（127.0.0.1）。",
                "【通过】平台服务器证书：服务器证书正确：由本省平台根证书签发。",
                "【通过】本站客户端证书：平台接受了本站的客户端证书，并已应答。",
                "【通过】时钟：本机时钟正常（与平台相差 0 秒）。"));

        fill(robot, stranger);
        assertThat(test(robot)).isEqualTo(String.join("\n", "连接测试未通过：请按下面提示处理。",
                "【通过】配置：配置正确：地址有效，证书文件和密码文件可以打开。",
                "【通过】网络（域名解析和端口）：网络连通：已连接 " + where + "（127.0.0.1）。",
                "【通过】平台服务器证书：服务器证书正确：由本省平台根证书签发。",
                "【未通过】本站客户端证书：省级平台拒绝了本站的客户端证书（证书缺失、过期或不是本省签发）。请管理员核对 platform.keystore。"));
        assertThat(robot.from(root).lookup("#testButton").queryButton().isDisabled()).isFalse();
    }

    @Test
    void saveShowsTheProblemBesideItsField(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, model.loaded::get);
        robot.interact(() -> {
            robot.from(root).lookup("#url").queryAs(TextField.class).setText("http://192.0.2.10/");
            robot.from(root).lookup("#saveButton").queryButton().fire();
        });
        Label urlError = robot.from(root).lookup("#urlError").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !urlError.getText().isEmpty());
        assertThat(urlError.getText()).isEqualTo("平台配置 platform.url 使用了不加密的 http：http://192.0.2.10/。"
                + "只有本机回环地址（127.0.0.1、localhost）可以使用 http，其他地址必须使用 https。");
        assertThat(robot.from(root).lookup("#status").queryAs(Label.class).getText()).isEmpty();

        fill(robot, province);
        robot.interact(() -> robot.from(root).lookup("#saveButton").queryButton().fire());
        Label status = robot.from(root).lookup("#status").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !status.getText().isEmpty());
        assertThat(status.getText()).isEqualTo("平台设置已保存，下一次上传时生效。");
        assertThat(urlError.getText()).isEmpty();
        assertThat(ctx.platform().configured()).isTrue();
    }
}
