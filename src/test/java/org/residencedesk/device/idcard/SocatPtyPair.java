package org.residencedesk.device.idcard;


import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

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
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!(Files.exists(a) && Files.exists(b))) {
            if (System.nanoTime() > deadline || !p.isAlive()) {
                p.destroyForcibly();
                throw new IllegalStateException("socat did not create the pty pair: " + Files.readString(dir.resolve("socat.log")));
            }
            Thread.sleep(20);
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
