package org.residencedesk.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A size-limited tmpfs mounted by a test running as root (CI runs as root): a small disk to fill, or a folder to
 * remount read-only. Unmounted on close, also when the test failed; tests assume {@link #root()} first.
 */
public final class Tmpfs implements AutoCloseable {
    private final Path mountPoint;

    private Tmpfs(Path mountPoint) {
        this.mountPoint = mountPoint;
    }

    /** True when this JVM runs as root and may mount. */
    public static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Mounts a tmpfs of {@code size} (e.g. "16m") on the existing folder {@code mountPoint}. */
    public static Tmpfs mount(Path mountPoint, String size) throws IOException, InterruptedException {
        run("mount", "-t", "tmpfs", "-o", "size=" + size + ",mode=0700", "tmpfs", mountPoint.toString());
        return new Tmpfs(mountPoint);
    }

    /** {@code ro} or {@code rw}. */
    public void remount(String mode) throws IOException, InterruptedException {
        run("mount", "-o", "remount," + mode, mountPoint.toString());
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            run("umount", mountPoint.toString());
        } catch (IOException busy) {
            run("umount", "-l", mountPoint.toString()); // a file still open: detach now, free when closed
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: "
                    + new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
