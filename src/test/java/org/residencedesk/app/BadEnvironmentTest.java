package org.residencedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.cli.CliMessages;
import org.residencedesk.port.StationProblem;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.Tmpfs;
import org.residencedesk.testing.TestStation;

/**
 * Bad environments (issue 18 item 4, docs/decisions/0277) through the real command tree: a missing data folder is
 * created, on a path with spaces and Chinese characters everything works; a file, a read-only folder and a second
 * process on the same folder each end in one Chinese message, a documented exit code and no stack trace, and the
 * station is unharmed.
 */
class BadEnvironmentTest {
    final TestClock clock = TestClock.at("2026-11-28T01:15:00Z");

    @TempDir
    Path temp;

    /** A station in {@code dataDir} with its keys where {@link CommandLines} looks, left open. */
    private AppContext setUp(Path dataDir) {
        AppContext ctx = AppContext.openForTests(dataDir, dataDir.resolveSibling(dataDir.getFileName() + "-keys"),
                org.residencedesk.testing.TestMasterData.shared(), clock);
        ctx.stationSetup().setUp(new org.residencedesk.service.StationSetup(TestStation.CODE, "关山街道流动人口服务站",
                "420111002", "武汉市公安局洪山分局", "zhanzhang", "站长", "Station#2026".toCharArray(),
                "Station#2026".toCharArray()));
        return ctx;
    }

    @Test
    void aMissingFolderOnAPathWithSpacesAndChineseIsCreatedAndWorksFully() throws Exception {
        Path dataDir = temp.resolve("流动人口 服务站 数据").resolve("关山 街道");
        assertThat(dataDir).doesNotExist();

        CommandLines.Run created = CommandLines.run(dataDir, clock, "audit", "verify");
        assertThat(created.exitCode()).as(created.err()).isZero();
        assertThat(StationFiles.stackLines(created.err())).isEmpty();
        assertThat(Files.getPosixFilePermissions(dataDir)).isEqualTo(PosixFilePermissions.fromString("rwx------"));

        try (AppContext ctx = setUp(dataDir)) {
            BackupRestoreTest.registerPersons(ctx);
        }
        CommandLines.Run verify = CommandLines.run(dataDir, clock, "audit", "verify");
        assertThat(verify.exitCode()).as(verify.err()).isZero();
        assertThat(verify.out()).contains("\"ok\":true");
        try (AppContext ctx = AppContext.openForTests(dataDir, dataDir.resolveSibling(dataDir.getFileName() + "-keys"),
                org.residencedesk.testing.TestMasterData.shared(), clock)) {
            assertThat(StationFiles.count(ctx, "SELECT COUNT(*) FROM PERSON")).isEqualTo(3);
            assertThat(ctx.databaseDamaged()).isFalse();
        }
    }

    @Test
    void aFileWhereTheFolderShouldBeIsRefusedInWords() throws Exception {
        Path file = Files.writeString(temp.resolve("data folder.txt"), "not a folder");
        CommandLines.Run run = CommandLines.run(file, clock, "audit", "verify");
        assertThat(run.exitCode()).isEqualTo(64);
        assertThat(run.err()).isEqualTo(CliMessages.get("cli.dataDir.notAFolder", file) + System.lineSeparator());
        assertThat(Files.readString(file)).isEqualTo("not a folder");
    }

    @Test
    void aReadOnlyFolderIsRefusedInWordsAndLeftIntact() throws Exception {
        Assumptions.assumeTrue(Tmpfs.root(), "needs root to mount a read-only file system; skipped");
        Path mount = Files.createDirectory(temp.resolve("ro mount"));
        try (Tmpfs fs = Tmpfs.mount(mount, "32m")) {
            Path dataDir = mount.resolve("station");
            setUp(dataDir).close();
            fs.remount("ro");

            CommandLines.Run run = CommandLines.run(dataDir, clock, "audit", "verify");
            assertThat(run.exitCode()).as(run.err()).isEqualTo(77);
            assertThat(run.err()).isEqualTo(new StationProblem(StationProblem.Kind.READ_ONLY, dataDir.toString(), null)
                    .userMessage() + System.lineSeparator());
            assertThat(run.out()).isEmpty();

            fs.remount("rw");
            CommandLines.Run again = CommandLines.run(dataDir, clock, "audit", "verify");
            assertThat(again.exitCode()).as(again.err()).isZero();
        }
    }

    @Test
    void aSecondProcessOnTheSameFolderIsToldAnotherWindowIsOpenAndTheFirstKeepsWorking() throws Exception {
        Path dataDir = temp.resolve("station");
        Path keys = dataDir.resolveSibling("station-keys");
        try (AppContext first = setUp(dataDir)) {
            Path out = temp.resolve("out.txt");
            Path err = temp.resolve("err.txt");
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-Dresidencedesk.keydir=" + keys, "-D" + ProductLogging.PROPERTY + "=product",
                    "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                    "--data-dir", dataDir.toString(), "audit", "verify")
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("child finished").isTrue();
            String stderr = Files.readString(err, StandardCharsets.UTF_8);
            assertThat(child.exitValue()).as(stderr).isEqualTo(69);
            assertThat(stderr).isEqualTo(new StationProblem(StationProblem.Kind.IN_USE, dataDir.resolve("db").toString(),
                    null).userMessage() + System.lineSeparator());
            assertThat(StationFiles.stackLines(stderr)).isEmpty();
            assertThat(Files.readString(out)).isEmpty();

            // the first process goes on as if nothing happened
            BackupRestoreTest.registerPersons(first);
            assertThat(StationFiles.count(first, "SELECT COUNT(*) FROM PERSON")).isEqualTo(3);
            assertThat(first.audit().verify().ok()).isTrue();
        }
        // and the lock files were not damaged: the folder opens again, everything there
        CommandLines.Run verify = CommandLines.run(dataDir, clock, "audit", "verify");
        assertThat(verify.exitCode()).as(verify.err()).isZero();
    }
}
