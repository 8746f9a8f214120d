package org.residencedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When logback cannot open its log file it must not print its own status messages into a command's output
 * (docs/decisions/0137). Run in a separate JVM with the product's logging (ProductLogging), as a station runs it.
 */
class LogbackFailureTest {
    static final String ID_NUMBER = "11010519491231002X";

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) { }

    private static Run main(Path dataDir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path out = Files.createTempFile(dataDir.getParent(), "out", ".txt");
        Path err = Files.createTempFile(dataDir.getParent(), "err", ".txt");
        Process child = new ProcessBuilder(java, "-Xmx128m",
                "-D" + ProductLogging.PROPERTY + "=product",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--data-dir", dataDir.toString(), "id-check", ID_NUMBER)
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("child finished").isTrue();
        return new Run(child.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void aLogFileThatCannotBeOpenedLeavesTheCommandsOutputExactlyAsItIs() throws Exception {
        Path healthy = Files.createDirectories(dir.resolve("healthy"));
        Path broken = Files.createDirectories(dir.resolve("broken"));
        // "logs" is a file: logback cannot create logs/residence-desk.log, whoever runs the test (even root)
        Files.writeString(broken.resolve("logs"), "not a folder");

        Run expected = main(healthy);
        Run run = main(broken);

        assertThat(expected.out()).startsWith("{");
        assertThat(Files.exists(healthy.resolve("logs"))).as("the healthy run could log").isTrue();
        assertThat(run.out()).isEqualTo(expected.out());
        assertThat(run.exit()).isEqualTo(expected.exit());
        assertThat(run.err()).as("no logback status on stderr either").isEmpty();
    }
}
