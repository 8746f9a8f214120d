package org.residencedesk.device.camera;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.port.Camera;

/**
 * 拍照 through the configured command (ADR 0338), run for real: the "camera" is a small shell script this test
 * writes, which copies a picture to the {@code {out}} path it is given as fswebcam or ffmpeg would write a frame.
 * No real camera is attached here (docs/known-gaps.md).
 */
class CommandCameraTest {
    @TempDir
    Path dir;

    private Path script(String body) throws Exception {
        Path script = dir.resolve("camera-" + System.nanoTime() + ".sh");
        Files.writeString(script, "#!/bin/sh\n" + body + "\n", StandardCharsets.UTF_8);
        return script;
    }

    @Test
    void theCommandsPictureIsTakenAndItsFileDeleted() throws Exception {
        BufferedImage frame = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        frame.setRGB(10, 10, 0xFF0000);
        Path picture = dir.resolve("frame.png");
        ImageIO.write(frame, "png", picture.toFile());
        Path script = script("cp \"" + picture + "\" \"$1\"");
        Path folder = dir.resolve("camera");
        Files.writeString(dir.resolve("devices.properties"), "camera.command = sh \"" + script + "\" {out}\n"
                + "camera.timeoutSeconds = 20\n");

        CommandCamera camera = CommandCamera.fromDevicesFile(dir.resolve("devices.properties"), folder);
        byte[] expected = Files.readAllBytes(picture);
        Camera.Result result = camera.capture();

        assertThat(result).isInstanceOfSatisfying(Camera.Captured.class,
                c -> assertThat(c.image()).isEqualTo(expected));
        try (var left = Files.list(folder)) {
            assertThat(left).as("the picture is not left behind").isEmpty();
        }
        assertThat(Files.getPosixFilePermissions(folder))
                .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
    }

    @Test
    void withoutACommandTheClerkIsToldToConfigureOneOrChooseAFile() {
        CommandCamera camera = CommandCamera.fromDevicesFile(dir.resolve("devices.properties"), dir.resolve("c"));

        assertThat(camera.capture()).isEqualTo(new Camera.Failed(
                "本站未配置摄像头：请系统管理员在 系统设置 → 摄像头 中设置拍照命令，或从文件选择相片"));
    }

    @Test
    void aMissingProgramIsNamed() {
        CommandCamera camera = new CommandCamera("fswebcam-not-installed-here -r 640x480 {out}", Duration.ofSeconds(5),
                dir.resolve("c"));

        assertThat(camera.capture()).isEqualTo(new Camera.Failed(
                "无法运行拍照程序“fswebcam-not-installed-here”：未安装或找不到，请检查设备配置文件中的拍照命令"));
    }

    @Test
    void aCameraThatHangsIsStoppedAfterTheTimeout() throws Exception {
        Path script = script("exec sleep 60");
        CommandCamera camera = new CommandCamera("sh " + script + " {out}", Duration.ofSeconds(1), dir.resolve("c"));

        long start = System.nanoTime();
        Camera.Result result = camera.capture();

        assertThat(result).isEqualTo(new Camera.Failed("摄像头 1 秒内没有拍到相片，请检查摄像头是否连接，然后重试"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void aFailingCommandAndACommandWithoutAPictureSaySo() throws Exception {
        CommandCamera failing = new CommandCamera("sh " + script("echo 'no /dev/video0' >&2; exit 3") + " {out}",
                Duration.ofSeconds(20), dir.resolve("c"));
        CommandCamera silent = new CommandCamera("sh " + script("exit 0") + " {out}", Duration.ofSeconds(20),
                dir.resolve("c"));

        assertThat(failing.capture()).isEqualTo(new Camera.Failed("拍照程序报错（退出码 3），请检查摄像头是否连接，然后重试"));
        assertThat(silent.capture()).isEqualTo(new Camera.Failed("拍照程序没有写出相片文件，请检查设备配置文件中的拍照命令是否含有相片文件位置"));
    }

    @Test
    void quotedArgumentsKeepTheirSpaces() {
        assertThat(CommandCamera.split("ffmpeg -y -f v4l2 -i \"/dev/video 0\" -frames:v 1 {out}"))
                .containsExactly("ffmpeg", "-y", "-f", "v4l2", "-i", "/dev/video 0", "-frames:v", "1", "{out}");
    }
}
