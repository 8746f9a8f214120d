package org.residencedesk.device.idcard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.residencedesk.testing.Await;

/** A real pseudo-terminal pair made by socat: one end for the simulator, one for the client. */
public final class SocatPtyPair implements AutoCloseable {
    private final Process process;
    private final Path simulatorEnd;
    private final Path clientEnd;

    private SocatPtyPair(Process process, Path simulatorEnd, Path clientEnd) {
        this.process = process;
        this.simulatorEnd = simulatorEnd;
        this.clientEnd = clientEnd;
    }

    /** Skips the calling test (assumption) only when socat is not installed. */
    public static SocatPtyPair start(Path dir) throws IOException, InterruptedException {
        org.residencedesk.testing.SystemTools.require(socatInstalled(), "socat is not installed (apt-get install socat): pty tests skipped");
        Path a = dir.resolve("sim");
        Path b = dir.resolve("client");
        Process p = new ProcessBuilder("socat", "-d", "-d",
                "pty,raw,echo=0,link=" + a, "pty,raw,echo=0,link=" + b)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("socat.log").toFile())
                .start();
        try {
            Await.until(Duration.ofSeconds(5), "socat created the pty pair " + a + " / " + b,
                    () -> Files.exists(a) && Files.exists(b) || !p.isAlive());
        } catch (AssertionError timedOut) {
            p.destroyForcibly();
            throw new IllegalStateException(timedOut.getMessage() + ": " + Files.readString(dir.resolve("socat.log")));
        }
        if (!p.isAlive()) {
            throw new IllegalStateException("socat ended without a pty pair: " + Files.readString(dir.resolve("socat.log")));
        }
        return new SocatPtyPair(p, a, b);
    }

    static boolean socatInstalled() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            if (Files.isExecutable(Path.of(dir, "socat"))) {
                return true;
            }
        }
        return false;
    }

    public String simulatorEnd() {
        return simulatorEnd.toString();
    }

    public String clientEnd() {
        return clientEnd.toString();
    }

    /** Ends socat: both ptys vanish, as when a USB reader is unplugged. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(2, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
