package org.residencedesk.ui.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.device.camera.CommandCamera;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.domain.form.PhotoValue;
import org.residencedesk.domain.masterdata.LookupContext;
import org.residencedesk.service.Operator;
import org.residencedesk.testing.Await;
import org.residencedesk.testing.IdNumbers;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testing.TestStation;
import org.residencedesk.testsupport.RegistrationFixture;
import org.residencedesk.ui.BackgroundWork;
import org.residencedesk.ui.FileDialogs;
import org.residencedesk.ui.Theme;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 拍照 on the registration form (ADR 0338) with the real ffmpeg program as the station's capture command. No camera
 * is attached to a test machine, so ffmpeg's own test-pattern source stands where {@code -f v4l2 -i /dev/video0}
 * would: the same program, arguments and file hand-over as at a counter, only the frame is synthetic. A camera that
 * is not there is ffmpeg failing on a device that does not exist, as on a counter PC whose camera is unplugged.
 */
@ExtendWith(ApplicationExtension.class)
class CameraButtonTest {
    private static final String FFMPEG = "ffmpeg -hide_banner -loglevel error -nostdin -y";
    @TempDir
    static Path dataDir;
    static AppContext ctx;
    static Operator clerk;
    static ExecutorService workers;
    private RegistrationViewModel model;

    @BeforeAll
    static void openStation() {
        ctx = TestStation.open(dataDir, TestClock.at("2026-11-28T01:15:00Z"));
        clerk = TestOperators.signIn(ctx, "wangfang", "王芳", Role.WINDOW_STAFF);
        workers = BackgroundWork.newWorkerPool();
    }

    @AfterAll
    static void closeStation() throws InterruptedException {
        workers.shutdown();
        workers.awaitTermination(30, TimeUnit.SECONDS);
        ctx.close();
    }

    private String command;

    @Start
    void start(Stage stage) {
        BackgroundWork work = BackgroundWork.toFxThread(workers);
        model = new RegistrationViewModel(ctx.registration(), ctx.certificates(), ctx.printer(), ctx.printAudit(),
                clerk, ctx.drafts(), ctx.formCodec(), ctx.clock(), work, ctx.lookupUsage());
        // the command is chosen per test, before the click: the button asks the camera only when pressed
        org.residencedesk.port.Camera camera = () ->
                new CommandCamera(command, Duration.ofSeconds(30), dataDir.resolve("camera")).capture();
        RegistrationView view = new RegistrationView(model, ctx.masterData(),
                new LookupContext("420111002", ctx.lookupUsage()), ctx.printerSettings(), Optional.empty(),
                FileDialogs.system()).camera(camera, workers);
        stage.setScene(Theme.apply(new Scene(view.load(), 1366, 768)));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void thePictureOfTheCaptureCommandIsShownAndSavedWithTheRegistration(FxRobot robot) throws Exception {
        command = FFMPEG + " -f lavfi -i testsrc2=size=640x480:rate=1 -frames:v 1 {out}";
        FormValues person = RegistrationFixture.valid().toBuilder()
                .set("idNumber", IdNumbers.citizen("420106", "19850412", 731)).set("name", "陈拍照").set("sex", "1")
                .set("birthDate", "1985-04-12").set("operator", "").set("registrationDate", "")
                .set("registrationNumber", "").set("photo", "").build();
        robot.interact(() -> model.startFromValues(person));

        robot.clickOn(cameraButton(robot));
        Await.until(Duration.ofSeconds(60), "the picture in 相片", () -> !model.form().value("photo").get().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        byte[] taken = PhotoValue.decode(model.form().value("photo").get()).orElseThrow();
        BufferedImage frame = ImageIO.read(new ByteArrayInputStream(taken));
        assertThat(frame).as("a JPEG ffmpeg wrote").isNotNull();
        assertThat(frame.getWidth()).isEqualTo(640);
        assertThat(frame.getHeight()).isEqualTo(480);
        assertThat(frame.getRGB(20, 20)).as("the test pattern, not a blank frame").isNotEqualTo(frame.getRGB(620, 460));
        Node photoBox = robot.lookup("#field-photo").query();
        assertThat(robot.from(photoBox).lookup((Predicate<Node>) n -> n instanceof ImageView i && i.getImage() != null)
                .tryQuery()).as("the photo box shows the picture").isPresent();
        assertThat(model.form().message("photo").get()).isEmpty();

        robot.interact(model::save);
        Await.until(Duration.ofSeconds(60), "the registration saved", () -> model.registrationId().isPresent() && !model.busyProperty().get());
        FormValues saved = ctx.registration().open(clerk, model.registrationId().orElseThrow()).values();
        assertThat(PhotoValue.decode(saved.get("photo"))).hasValueSatisfying(b -> assertThat(b).isEqualTo(taken));
        try (var left = java.nio.file.Files.list(dataDir.resolve("camera"))) {
            assertThat(left).as("the captured file is not left behind").isEmpty();
        }
    }

    @Test
    void aCameraThatIsNotThereIsSaidBesideThePhotoAndNothingChanges(FxRobot robot) throws Exception {
        command = FFMPEG + " -f v4l2 -i " + dataDir.resolve("no-video-device") + " -frames:v 1 {out}";
        robot.interact(() -> model.form().value("name").set("陈无像"));

        robot.clickOn(cameraButton(robot));
        Await.until(Duration.ofSeconds(60), "a message beside 相片", () -> !model.form().message("photo").get().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.form().message("photo").get()).matches("拍照程序报错（退出码 \\d+），请检查摄像头是否连接，然后重试");
        assertThat(model.form().value("photo").get()).isEmpty();
        assertThat(model.form().value("name").get()).as("the form is untouched").isEqualTo("陈无像");
        assertThat(cameraButton(robot).isDisabled()).as("ready for the next try").isFalse();
    }

    private static Button cameraButton(FxRobot robot) {
        return robot.lookup("#photoCameraButton").queryButton();
    }
}
