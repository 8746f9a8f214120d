package org.residencedesk.service.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.device.DevicesFile;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.audit.AuditEntry;
import org.residencedesk.port.Camera;
import org.residencedesk.service.Operator;
import org.residencedesk.service.PermissionDenied;
import org.residencedesk.service.ValidationFailure;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testing.TestStation;

/**
 * 系统设置 → 摄像头 (ADR 0389) on a real station and a real devices.properties; 试拍 runs the real ffmpeg with its
 * test-pattern source (no camera is attached to a test machine).
 */
class CameraSettingsServiceTest {
    private static final String FFMPEG_PATTERN = "ffmpeg -hide_banner -loglevel error -nostdin -y -f lavfi"
            + " -i testsrc2=size=320x240:rate=1 -frames:v 1 {out}";
    @TempDir
    static Path dataDir;
    static AppContext ctx;
    static Operator admin;
    static Operator clerk;
    static CameraSettingsService service;
    static DevicesFile devices;

    @BeforeAll
    static void open() {
        ctx = TestStation.open(dataDir, TestClock.at("2026-11-28T01:15:00Z"));
        admin = TestOperators.signIn(ctx, "it", "县信息员", Role.ADMIN);
        clerk = TestOperators.signIn(ctx, "wangfang", "王芳", Role.WINDOW_STAFF);
        devices = new DevicesFile(dataDir);
        service = ctx.cameraSettings();
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    @Test
    void aSavedCommandIsAuditedKeepsTheReaderAndIsWhatTheWindowsCameraUses() throws Exception {
        devices.set("cardReader.port", "/dev/ttyUSB0");
        Camera window = ctx.camera();

        service.save(admin, "  " + FFMPEG_PATTERN + "  ");

        assertThat(service.configuredCommand(admin)).isEqualTo(FFMPEG_PATTERN);
        assertThat(Files.readAllLines(devices.path(), StandardCharsets.UTF_8))
                .contains("cardReader.port=/dev/ttyUSB0");
        assertThat(Files.getPosixFilePermissions(devices.path())).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        AuditEntry last = ctx.transactions().readOnly(() -> ctx.auditLog().latest(1)).get(0);
        assertThat(last.action()).isEqualTo(AuditAction.SETTINGS_CHANGED);
        assertThat(last.actor()).isEqualTo("it");
        assertThat(last.targetType()).isEqualTo("CAMERA");
        assertThat(last.detail()).isEqualTo("camera.command=" + FFMPEG_PATTERN);
        assertThat(window.capture()).as("read again, no restart").isInstanceOf(Camera.Captured.class);

        service.save(admin, "");
        assertThat(service.configuredCommand(admin)).isEmpty();
        assertThat(window.capture()).as("no camera: 从文件选择 only").isEqualTo(new Camera.Failed(
                "本站未配置摄像头：请系统管理员在 系统设置 → 摄像头 中设置拍照命令，或从文件选择相片"));
        assertThat(Files.readAllLines(devices.path(), StandardCharsets.UTF_8))
                .contains("cardReader.port=/dev/ttyUSB0").noneMatch(l -> l.startsWith("camera.command"));
    }

    @Test
    void aTrialTakesOnePictureAndSavesNothing() throws Exception {
        service.save(admin, "");
        long auditBefore = lastSeq();

        Camera.Result result = service.testCapture(admin, FFMPEG_PATTERN);

        assertThat(result).isInstanceOfSatisfying(Camera.Captured.class, c -> {
            BufferedImage frame = read(c.image());
            assertThat(frame.getWidth()).isEqualTo(320);
            assertThat(frame.getHeight()).isEqualTo(240);
        });
        assertThat(service.configuredCommand(admin)).isEmpty();
        assertThat(lastSeq()).as("a trial is not a change").isEqualTo(auditBefore);
        try (var left = Files.list(dataDir.resolve("camera"))) {
            assertThat(left).as("the trial picture is not left behind").isEmpty();
        }
    }

    @Test
    void aTrialOfAMissingDeviceSaysWhatFailed() {
        Camera.Result result = service.testCapture(admin, "ffmpeg -hide_banner -loglevel error -nostdin -y -f v4l2 -i "
                + dataDir.resolve("no-video0") + " -frames:v 1 {out}");

        assertThat(result).isInstanceOfSatisfying(Camera.Failed.class, f -> assertThat(f.message())
                .matches("拍照程序报错（退出码 \\d+），请检查摄像头是否连接，然后重试"));
    }

    @Test
    void aCommandWithoutItsPictureFileOrWithALineBreakIsRefusedAndNothingIsWritten() throws Exception {
        service.save(admin, FFMPEG_PATTERN);
        long auditBefore = lastSeq();

        assertThatThrownBy(() -> service.save(admin, "fswebcam -r 640x480 photo.jpg"))
                .isInstanceOfSatisfying(ValidationFailure.class, e -> assertThat(e.fieldMessages())
                        .isEqualTo(Map.of("command", "拍照命令须含有 {out}（相片文件的位置）")));
        assertThatThrownBy(() -> service.save(admin, "fswebcam {out}\ncamera.timeoutSeconds=1"))
                .isInstanceOfSatisfying(ValidationFailure.class, e -> assertThat(e.fieldMessages())
                        .isEqualTo(Map.of("command", "拍照命令不能含有换行等控制字符，且不能超过 500 个字符")));
        assertThatThrownBy(() -> service.testCapture(admin, " "))
                .isInstanceOfSatisfying(ValidationFailure.class, e -> assertThat(e.fieldMessages())
                        .containsOnlyKeys("command"));

        assertThat(service.configuredCommand(admin)).isEqualTo(FFMPEG_PATTERN);
        assertThat(lastSeq()).isEqualTo(auditBefore);
    }

    @Test
    void windowStaffMayNeitherSeeNorTryNorChangeTheCamera() {
        assertThatThrownBy(() -> service.configuredCommand(clerk)).isInstanceOf(PermissionDenied.class);
        assertThatThrownBy(() -> service.testCapture(clerk, FFMPEG_PATTERN)).isInstanceOf(PermissionDenied.class);
        assertThatThrownBy(() -> service.save(clerk, FFMPEG_PATTERN)).isInstanceOf(PermissionDenied.class);
    }

    private static long lastSeq() {
        return ctx.transactions().readOnly(() -> ctx.auditLog().latest(1)).get(0).seq();
    }

    private static BufferedImage read(byte[] image) {
        try {
            return ImageIO.read(new ByteArrayInputStream(image));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
