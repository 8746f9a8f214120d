package org.residencedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestStation;

/**
 * The window's own start through {@code Main} (ADR 0377): no picocli command tree, Logback set up on a thread of its
 * own by the product's {@link ProductLogging}. A child JVM under headless Monocle opens a set-up station with the
 * installer's {@code --smoke-exit} (the window ends after its first screen): exit 0, nothing on stdout or stderr, and
 * the log file in the data folder's {@code logs/} (the product's logging, not the tests' console).
 */
class WindowStartFromMainTest {
    @TempDir
    Path temp;

    @Test
    void theWindowOpensWithoutTheCommandTreeAndLogsIntoTheDataFolder() throws Exception {
        Path dataDir = temp.resolve("station");
        Path keys = temp.resolve("keys");
        TestStation.open(dataDir, keys, TestClock.at("2026-03-02T01:00:00Z")).close();
        Path out = temp.resolve("out.txt");
        Path err = temp.resolve("err.txt");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Dresidencedesk.keydir=" + keys, "-D" + ProductLogging.PROPERTY + "=product",
                "-Dtestfx.headless=true", "-Dprism.order=sw", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dheadless.geometry=1366x800-32", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--data-dir", dataDir.toString(), "--smoke-exit"));
        Process child = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(child.waitFor(150, TimeUnit.SECONDS)).as("window start ended").isTrue();
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertThat(child.exitValue()).as(stderr).isZero();
        assertThat(stderr).isEmpty();
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEmpty();
        Path log = DataDirectory.logs(dataDir).resolve("residence-desk.log");
        assertThat(log).exists();
        assertThat(Files.readString(log, StandardCharsets.UTF_8)).contains("smoke start: first screen shown");
    }
}
