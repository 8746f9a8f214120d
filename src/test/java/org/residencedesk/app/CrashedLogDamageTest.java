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
import org.residencedesk.testing.PasswordFiles;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testing.TestStation;

/**
 * Garbage in the log of a crashed database (issue 18 item 2): a child JVM registers people through the real service
 * and is killed with kill -9 after some confirmed registrations, so Derby must recover from its log at the next boot;
 * then 8 KiB of random bytes overwrite the active log file, in the middle of its written part or over its last
 * records. The next command must not claim success on lost data: it is refused with the damaged-database message and
 * exit 65, or it runs on a station that holds every confirmed registration. Garbage over the last records makes Derby
 * take the bad record for the end of its log and drop the last confirmed registrations; the commit witness outside
 * the database (ADR 0363) catches that at the next start.
 */
class CrashedLogDamageTest {
    static final String START = "2026-11-28T01:15:00Z";
    static final int CONFIRMED = 6;

    @TempDir
    Path base;

    @Test
    void garbageInTheMiddleOfTheLogIsRefusedOrLosesNothing() throws Exception {
        int exit = exportAfterLogDamage(false);
        System.out.println("garbage in the middle of the log of a crashed database: exit " + exit);
    }

    @Test
    void garbageOverTheLastRecordsOfTheLogIsRefusedOrLosesNothing() throws Exception {
        int exit = exportAfterLogDamage(true);
        System.out.println("garbage over the last records of the log of a crashed database: exit " + exit);
    }

    /** Registers until killed, damages the log (its tail or its middle), exports; the export's exit code. */
    private int exportAfterLogDamage(boolean tail) throws Exception {
        Path dataDir = base.resolve("station");
        Path keys = base.resolve("station-keys");
        TestClock clock = TestClock.at(START);
        try (AppContext ctx = TestStation.open(dataDir, keys, clock)) { // a copy of the migrated template
            TestOperators.signIn(ctx, "chief", "李站长", Role.CHIEF);
        }
        Path chiefPassword = PasswordFiles.write(Files.createDirectory(base.resolve("pw")), "chief.txt",
                TestOperators.PASSWORD);

        List<String> confirmed = registerUntilKilled(dataDir, keys);
        Path log = activeLog(dataDir.resolve("db"));
        long written = writtenLength(log);
        int length = (int) Math.min(8192, written / 4);
        // over the last records (the child's, which recovery replays), or the middle of the written part
        long at = tail ? written - length : written / 2;
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
        return export.exitCode();
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
