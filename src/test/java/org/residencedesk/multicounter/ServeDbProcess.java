package org.residencedesk.multicounter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.residencedesk.app.Main;

/**
 * The main PC's {@code serve-db} as a child JVM on a loopback port (the product's own command), for tests that need a
 * real Derby Network Server: started, waited for, stopped with SIGTERM (a clean shut-down, as {@code systemctl stop}).
 */
public final class ServeDbProcess implements AutoCloseable {
    private final Process process;
    private final Path counterFile;

    private ServeDbProcess(Process process, Path counterFile) {
        this.process = process;
        this.counterFile = counterFile;
    }

    /** Starts {@code serve-db} over the station in {@code mainPc}; returns once it serves counters. */
    public static ServeDbProcess start(Path mainPc, int port, Path counterFile) throws IOException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "--data-dir", mainPc.toString(),
                "serve-db", "--listen", "127.0.0.1", "--port", Integer.toString(port), "--public-host", "127.0.0.1",
                "--counter-file", counterFile.toString());
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(
                Path.of("target", "multicounter-children.err").toFile())).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String first = out.readLine();
        assertThat(first).as("serve-db's first line").startsWith("数据库服务已启动：柜台地址 127.0.0.1:" + port);
        Thread drain = new Thread(() -> {
            try {
                out.transferTo(java.io.Writer.nullWriter());
            } catch (IOException stopped) {
                // the process ended
            }
        }, "serve-db-output");
        drain.setDaemon(true);
        drain.start();
        return new ServeDbProcess(p, counterFile);
    }

    /** The counter file this server wrote. */
    public String counterSettings() throws IOException {
        return Files.readString(counterFile, StandardCharsets.UTF_8);
    }

    /** SIGTERM and the wait for the clean shut-down; true when it exited by itself. */
    public boolean stop() throws InterruptedException {
        process.destroy();
        if (process.waitFor(60, TimeUnit.SECONDS)) {
            return true;
        }
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        return false;
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            stop();
        }
    }
}
