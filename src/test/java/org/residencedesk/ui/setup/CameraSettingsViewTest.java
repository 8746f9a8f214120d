package org.residencedesk.ui.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.device.DevicesFile;
import org.residencedesk.domain.account.Role;
import org.residencedesk.service.Operator;
import org.residencedesk.testing.Await;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testing.TestStation;
import org.residencedesk.ui.BackgroundWork;
import org.residencedesk.ui.Theme;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 系统设置 → 摄像头 in a window (ADR 0389): the IT officer types the capture command, 试拍 shows the picture the real
 * ffmpeg took (its test pattern: no camera is attached here), 保存 writes it; a command without {out} is refused beside
 * the field and nothing is written.
 */
@ExtendWith(ApplicationExtension.class)
class CameraSettingsViewTest {
    private static final String COMMAND = "ffmpeg -hide_banner -loglevel error -nostdin -y -f lavfi"
            + " -i testsrc2=size=320x240:rate=1 -frames:v 1 {out}";
    @TempDir
    static Path dataDir;
    static AppContext ctx;
    static Operator admin;
    static ExecutorService workers;
    static DevicesFile devices;

    @BeforeAll
    static void openStation() {
        ctx = TestStation.open(dataDir, TestClock.at("2026-11-28T01:15:00Z"));
        admin = TestOperators.signIn(ctx, "it", "县信息员", Role.ADMIN);
        workers = BackgroundWork.newWorkerPool();
        devices = new DevicesFile(dataDir);
    }

    @AfterAll
    static void closeStation() throws InterruptedException {
        workers.shutdown();
        workers.awaitTermination(30, TimeUnit.SECONDS);
        ctx.close();
    }

    @Start
    void start(Stage stage) {
        CameraStepViewModel model = new CameraStepViewModel(ctx.cameraSettings(), admin, BackgroundWork.toFxThread(workers));
        stage.setScene(Theme.apply(new Scene(new CameraStepView(model).load(), 900, 600)));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void theTrialPictureIsShownAndTheSavedCommandIsTheStationsCamera(FxRobot robot) {
        TextField command = robot.lookup("#cameraCommand").queryAs(TextField.class);
        robot.interact(() -> command.setText(COMMAND));

        robot.clickOn("#cameraTestButton");
        ImageView preview = robot.lookup("#cameraPreview").queryAs(ImageView.class);
        Await.until(Duration.ofSeconds(60), "the trial picture", () -> preview.getImage() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(preview.getImage().isError()).isFalse();
        assertThat(text(robot, "#cameraTestResult")).isEqualTo("已拍到相片（仅用于检查，不保存）。");
        assertThat(devices.get("camera.command")).as("a trial saves nothing").isEmpty();

        robot.clickOn("#cameraSaveButton");
        Await.until(Duration.ofSeconds(60), "the command saved", () -> COMMAND.equals(devices.get("camera.command")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#cameraTestResult"))
                .isEqualTo("已保存摄像头设置：新命令从下一张相片起使用；“拍照”按钮在下次登录时出现或消失。");
    }

    @Test
    void aCommandWithoutThePictureFileIsRefusedBesideTheField(FxRobot robot) {
        String before = devices.get("camera.command");
        TextField command = robot.lookup("#cameraCommand").queryAs(TextField.class);
        Await.until(Duration.ofSeconds(30), "the configured command loaded", () -> command.getText().equals(before));
        robot.interact(() -> command.setText("fswebcam -r 640x480 photo.jpg"));

        robot.clickOn("#cameraSaveButton");
        Await.until(Duration.ofSeconds(60), "the refusal", () -> !robot.lookup("#cameraCommand").query().isDisabled()
                && !errorBeside(robot).isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(errorBeside(robot)).isEqualTo("拍照命令须含有 {out}（相片文件的位置）");
        assertThat(devices.get("camera.command")).isEqualTo(before);
    }

    private static String errorBeside(FxRobot robot) {
        return robot.lookup(".field-error").queryAllAs(Label.class).stream().map(Label::getText)
                .filter(t -> t != null && !t.isEmpty()).findFirst().orElse("");
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
