package org.residencedesk.device.camera;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import org.residencedesk.device.DevicesFile;
import org.residencedesk.port.Camera;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 拍照 through a command the station configures in {@code devices.properties} (ADR 0338), e.g.
 * {@code camera.command = fswebcam -d /dev/video0 -r 640x480 --no-banner --jpeg 90 {out}} or
 * {@code camera.command = ffmpeg -y -f v4l2 -i /dev/video0 -frames:v 1 {out}}. {@code {out}} is replaced by a file
 * in a private (0700) folder; the command must write a JPEG or PNG there. It runs without a shell (arguments split
 * at spaces, "double quotes" keep spaces), at most {@code camera.timeoutSeconds} (default 10) before it is killed.
 * The picture file is deleted once read. Its output is not logged (it may name the device, never a person).
 */
public final class CommandCamera implements Camera {
    public static final String COMMAND_KEY = "camera.command";
    public static final String TIMEOUT_KEY = "camera.timeoutSeconds";
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    /** A picture file larger than this is not read (a camera frame is a few hundred KB). */
    static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(CommandCamera.class);

    private final List<String> command;
    private final Duration timeout;
    private final Path workFolder;
    private final ResourceBundle bundle = ResourceBundle.getBundle("i18n.device");

    /**
     * @param command    the command line with {@code {out}}; blank means no camera
     * @param workFolder where the picture is written (created 0700)
     */
    public CommandCamera(String command, Duration timeout, Path workFolder) {
        this.command = command == null ? List.of() : split(command.strip());
        this.timeout = timeout;
        this.workFolder = workFolder;
    }

    /** The camera of {@code devices.properties} (none when the file or the key is missing). */
    public static CommandCamera fromDevicesFile(Path devicesFile, Path workFolder) {
        return of(new DevicesFile(devicesFile.getParent()), workFolder);
    }

    /**
     * The window's camera: {@code devices.properties} read again at each picture (on the worker that takes it), so a
     * command saved in 系统设置 → 摄像头 is used from the next picture on.
     */
    public static Camera following(DevicesFile devices, Path workFolder) {
        return () -> of(devices, workFolder).capture();
    }

    static CommandCamera of(DevicesFile devices, Path workFolder) {
        Properties p = devices.load();
        Duration timeout = DEFAULT_TIMEOUT;
        String seconds = p.getProperty(TIMEOUT_KEY, "").strip();
        if (seconds.matches("[0-9]{1,3}") && Integer.parseInt(seconds) > 0) {
            timeout = Duration.ofSeconds(Integer.parseInt(seconds));
        } else if (!seconds.isEmpty()) {
            LOG.warn("{} is not a number of seconds from 1 to 999; {} s are used", TIMEOUT_KEY,
                    DEFAULT_TIMEOUT.toSeconds());
        }
        return new CommandCamera(p.getProperty(COMMAND_KEY, ""), timeout, workFolder);
    }

    /** How long a picture may take before the command is stopped. */
    Duration timeout() {
        return timeout;
    }

    @Override
    public Result capture() {
        if (command.isEmpty()) return failed("photo.camera.notConfigured");
        Path out;
        try {
            Files.createDirectories(workFolder);
            restrict(workFolder, "rwx------");
            out = workFolder.resolve("capture-" + System.nanoTime() + ".jpg");
        } catch (IOException e) {
            return failed("photo.camera.noFolder");
        }
        List<String> args = new ArrayList<>(command.size());
        for (String a : command) {
            args.add(a.replace("{out}", out.toString()));
        }
        Process process;
        try {
            process = new ProcessBuilder(args).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            return failed("photo.camera.noCommand", command.get(0));
        }
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                return failed("photo.camera.timeout", timeout.toSeconds());
            }
            if (process.exitValue() != 0) {
                return failed("photo.camera.failed", process.exitValue());
            }
            return read(out);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return failed("photo.camera.timeout", timeout.toSeconds());
        } finally {
            try {
                Files.deleteIfExists(out);
            } catch (IOException e) {
                LOG.warn("captured picture not deleted from the camera folder: {}", e.getClass().getSimpleName());
            }
        }
    }

    private Result read(Path out) {
        try {
            if (!Files.isRegularFile(out) || Files.size(out) == 0) return failed("photo.camera.noPicture");
            if (Files.size(out) > MAX_FILE_BYTES) return failed("photo.camera.tooLarge");
            try (InputStream in = Files.newInputStream(out)) {
                return new Captured(in.readAllBytes());
            }
        } catch (IOException e) {
            return failed("photo.camera.noPicture");
        }
    }

    private Failed failed(String key, Object... args) {
        String pattern = bundle.getString(key);
        return new Failed(MessageFormat.format(pattern, args));
    }

    private static void restrict(Path folder, String mode) throws IOException {
        if (Files.getFileStore(folder).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(folder, java.nio.file.attribute.PosixFilePermissions.fromString(mode));
        }
    }

    /** Arguments split at spaces; "double quotes" keep spaces inside one argument. */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
                any = true;
            } else if (Character.isWhitespace(c) && !quoted) {
                if (any) out.add(current.toString());
                current.setLength(0);
                any = false;
            } else {
                current.append(c);
                any = true;
            }
        }
        if (any) out.add(current.toString());
        return Optional.of(out).map(List::copyOf).orElseThrow();
    }
}
