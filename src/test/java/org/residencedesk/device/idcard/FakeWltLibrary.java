package org.residencedesk.device.idcard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Compiles {@code src/test/native/fakewlt.c} into {@code <dir>/libwlt2bmp.so} with gcc. */
final class FakeWltLibrary {
    static final Path SOURCE = Path.of("src/test/native/fakewlt.c");

    private FakeWltLibrary() {
    }

    /** @param defines e.g. {@code RAW_BGR}, {@code NO_UNPACK}; none for the BMP-file variant */
    static Path compileInto(Path dir, String... defines) throws IOException, InterruptedException {
        org.residencedesk.testing.SystemTools.require(gccPresent(), "gcc is not installed: the fake WLT decoder library cannot be built (apt-get install gcc)");
        Path library = dir.resolve("libwlt2bmp.so");
        List<String> command = new ArrayList<>(List.of("gcc", "-shared", "-fPIC", "-O1", "-o", library.toString()));
        for (String define : defines) {
            command.add("-D" + define);
        }
        command.add(SOURCE.toString());
        Process gcc = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(gcc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(gcc.waitFor(60, TimeUnit.SECONDS)).as("gcc finished").isTrue();
        assertThat(gcc.exitValue()).as("gcc: " + output).isZero();
        assertThat(Files.isRegularFile(library)).isTrue();
        return library;
    }

    private static boolean gccPresent() {
        try {
            Process probe = new ProcessBuilder("gcc", "--version").redirectErrorStream(true).start();
            probe.getInputStream().readAllBytes();
            return probe.waitFor(20, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
