package org.residencedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.domain.account.Role;
import org.residencedesk.port.StationProblem;
import org.residencedesk.service.StationSetup;
import org.residencedesk.testing.PasswordFiles;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestMasterData;
import org.residencedesk.testing.TestOperators;

/**
 * Garbage in the log of a crashed database (issue 18 item 2): a child JVM registers people through the real service
 * and is killed with kill -9 after some confirmed registrations, so Derby must recover from its log at the next boot;
 * then 8 KiB of random bytes overwrite the middle of the written part of the active log file. The next command must
 * not claim success on lost data: it is refused with the damaged-database message and exit 65, or it runs on a
 * station that holds every confirmed registration (what Derby did in session 7: exit 0, every row). The same garbage
 * over the last records ({@code -Dlogdamage.tail=true}) loses the last confirmed registrations with exit 0: Derby
 * reads a bad record as the end of the log (docs/known-gaps.md, Reliability).
 */
class CrashedLogDamageTest {
    static final String START = "2026-11-28T01:15:00Z";
    static final int CONFIRMED = 6;

    @TempDir
    Path base;

    @Test
    void garbageInTheLogOfACrashedDatabaseIsRefusedOrLosesNothing() throws Exception {
        Path dataDir = base.resolve("station");
        Path keys = base.resolve("station-keys");
        TestClock clock = TestClock.at(START);
        try (AppContext ctx = AppContext.openForTests(dataDir, keys, TestMasterData.shared(), clock)) {
            ctx.stationSetup().setUp(new StationSetup("420111002001", "关山街道流动人口服务站", "420111002",
                    "武汉市公安局洪山分局", "zhanzhang", "站长", "Station#2026".toCharArray(), "Station#2026".toCharArray()));
            TestOperators.signIn(ctx, "chief", "李站长", Role.CHIEF);
        }
        Path chiefPassword = PasswordFiles.write(Files.createDirectory(base.resolve("pw")), "chief.txt",
                TestOperators.PASSWORD);

        List<String> confirmed = registerUntilKilled(dataDir, keys);
        Path log = activeLog(dataDir.resolve("db"));
        long written = writtenLength(log);
        int length = (int) Math.min(8192, written / 4);
        // -Dlogdamage.tail=true: over the last records (the child's, which recovery replays) — loses confirmed rows
        // silently today (known-gaps); by default the middle of the written part
        long at = Boolean.getBoolean("logdamage.tail") ? written - length : written / 2;
        try (RandomAccessFile f = new RandomAccessFile(log.toFile(), "rw")) {
            f.seek(at);
            f.write(StationFiles.garbage(length, 5));
        }

        Path out = base.resolve("registrations.csv");
        CommandLines.Run export = CommandLines.run(dataDir, clock, "export", "--what", "registrations", "--format",
                "csv", "--out", out.toString(), "--operator", "chief", "--password-file", chiefPassword.toString());

        assertThat(StationFiles.stackLines(export.err())).isEmpty();
        if (export.exitCode() == 0) {
            String csv = Files.readString(out);
            assertThat(confirmed).as("every registration confirmed before the kill").allMatch(csv::contains);
        } else {
            assertThat(export.exitCode()).as(export.err()).isEqualTo(65);
            assertThat(export.err()).isEqualTo(StationFiles.message(StationProblem.Kind.DAMAGED, dataDir)
                    + System.lineSeparator());
            assertThat(out).doesNotExist();
        }
        System.out.println("garbage in the log of a crashed database: exit " + export.exitCode());
    }

    /** The ID numbers the child confirmed before it was killed with kill -9. */
    private static List<String> registerUntilKilled(Path dataDir, Path keys) throws Exception {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx192m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                LogDamageChild.class.getName(), dataDir.toString(), keys.toString(), START);
        Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> confirmed = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while (confirmed.size() < CONFIRMED && (line = lines.readLine()) != null) {
                if (line.startsWith("OK ")) {
                    confirmed.add(line.substring(3));
                }
            }
        } finally {
            child.destroyForcibly(); // SIGKILL: no shut-down, Derby replays its log at the next boot
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(confirmed).as("registrations the child confirmed").hasSize(CONFIRMED);
        return confirmed;
    }

    private static Path activeLog(Path db) throws Exception {
        try (Stream<Path> logs = Files.list(db.resolve("log"))) {
            return logs.filter(p -> p.getFileName().toString().matches("log\\d+\\.dat"))
                    .max(Comparator.comparingLong(
                            p -> Long.parseLong(p.getFileName().toString().replaceAll("\\D", ""))))
                    .orElseThrow();
        }
    }

    /** Where the log's records end: Derby pre-allocates the file with zeros beyond them. */
    private static long writtenLength(Path log) throws Exception {
        byte[] bytes = Files.readAllBytes(log);
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] == 0) {
            end--;
        }
        return end;
    }
}
