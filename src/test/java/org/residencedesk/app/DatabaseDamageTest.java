package org.residencedesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.residencedesk.domain.account.Role;
import org.residencedesk.port.StationProblem;
import org.residencedesk.service.Operator;
import org.residencedesk.service.StationSetup;
import org.residencedesk.service.demodata.DemoDataListener;
import org.residencedesk.service.demodata.DemoDataRequest;
import org.residencedesk.testing.FileTrees;
import org.residencedesk.testing.IdNumbers;
import org.residencedesk.testing.PasswordFiles;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestMasterData;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testsupport.RegistrationFixture;

/**
 * Corruption is never silent (issue 18 item 2, docs/decisions/0275, 0276): a station of 2,996 registrations, shut
 * down cleanly, is copied and damaged — the registration table's file cut off or overwritten in the middle, the
 * transaction log cut or garbled, {@code service.properties} cut, stripped of a key, garbage, empty or missing — and
 * then used through the real command tree. Before the fix, the table cut in half exported 1,501 of 3,004 rows and
 * exited 0. Now every case ends in the one Chinese message with exit 65 and no stack trace, or (log files Derby no
 * longer needs after a clean shut-down) in a station whose every row and audit entry is still there.
 */
class DatabaseDamageTest {
    static final TestClock CLOCK = TestClock.at("2026-11-28T01:15:00Z");
    static final int PERSONS = 2_800;

    @TempDir
    static Path base;
    static long registrations;
    static String registrationFile;
    static Path chiefPassword;

    @TempDir
    Path temp;

    @BeforeAll
    static void station() throws Exception {
        org.residencedesk.testing.StationTemplate.seed(base.resolve("station"), base.resolve("station-keys")); // a copy of the migrated template (ADR 0361)
        try (AppContext ctx = AppContext.openForTests(base.resolve("station"), base.resolve("station-keys"),
                TestMasterData.shared(), CLOCK)) {
            ctx.stationSetup().setUp(new StationSetup("420111002001", "关山街道流动人口服务站", "420111002",
                    "武汉市公安局洪山分局", "zhanzhang", "站长", "Station#2026".toCharArray(), "Station#2026".toCharArray()));
            TestOperators.signIn(ctx, "chief", "李站长", Role.CHIEF);
            Operator admin = TestOperators.signIn(ctx, "beifen", "系统管理员", Role.ADMIN);
            ctx.demoData().generate(new DemoDataRequest(PERSONS, 1000, 1, 0, true), admin, DemoDataListener.SILENT);
            registrations = StationFiles.count(ctx, "SELECT COUNT(*) FROM RESIDENCE_REGISTRATION");
            registrationFile = StationFiles.heapFileOf(ctx, "RESIDENCE_REGISTRATION");
        }
        chiefPassword = PasswordFiles.write(Files.createDirectory(base.resolve("pw")), "chief.txt",
                TestOperators.PASSWORD);
        assertThat(registrations).as("the issue's 3,000 registrations").isEqualTo(2_996);
    }

    /** A copy of the closed station, with its key folder beside it where {@link CommandLines} looks. */
    private Path copy() throws Exception {
        Path dataDir = temp.resolve("station");
        FileTrees.copy(base.resolve("station"), dataDir);
        FileTrees.copy(base.resolve("station-keys"), temp.resolve("station-keys"));
        return dataDir;
    }

    private CommandLines.Run export(Path dataDir, Path out) {
        return CommandLines.run(dataDir, CLOCK, "export", "--what", "registrations", "--format", "csv", "--out",
                out.toString(), "--operator", "chief", "--password-file", chiefPassword.toString());
    }

    private void assertRefusedAsDamaged(CommandLines.Run run, Path dataDir) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(65);
        assertThat(run.err()).isEqualTo(StationFiles.message(StationProblem.Kind.DAMAGED, dataDir) + System.lineSeparator());
        assertThat(run.out()).isEmpty();
        assertThat(StationFiles.stackLines(run.err())).isEmpty();
    }

    @Test
    void anExportOfATableCutInHalfFailsAndLeavesNoFile() throws Exception {
        Path dataDir = copy();
        Path file = dataDir.resolve("db").resolve("seg0").resolve(registrationFile);
        StationFiles.cut(file, Files.size(file) / 2 / 4096 * 4096);
        Path outFolder = Files.createDirectory(temp.resolve("out"));
        Path out = outFolder.resolve("registrations.csv");

        assertRefusedAsDamaged(export(dataDir, out), dataDir);
        try (Stream<Path> left = Files.list(outFolder)) {
            assertThat(left.toList()).as("no file, no half-written part").isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"zeros", "garbage", "cut at an odd length"})
    void anExportOverADamagedPageFailsLoudly(String damage) throws Exception {
        Path dataDir = copy();
        Path file = dataDir.resolve("db").resolve("seg0").resolve(registrationFile);
        switch (damage) {
            case "zeros" -> StationFiles.overwriteMiddle(file, new byte[4096 * 4]);
            case "garbage" -> StationFiles.overwriteMiddle(file, StationFiles.garbage(4096 * 4, 7));
            default -> StationFiles.cut(file, Files.size(file) / 2 + 1234);
        }
        Path out = temp.resolve("registrations.csv");
        assertRefusedAsDamaged(export(dataDir, out), dataDir);
        assertThat(out).doesNotExist();
    }

    @Test
    void aDamagedDatabaseRefusesChangesAndStillSignsInAndReads() throws Exception {
        Path dataDir = copy();
        StationFiles.overwriteMiddle(dataDir.resolve("db").resolve("seg0").resolve(registrationFile),
                StationFiles.garbage(4096 * 4, 11));
        try (AppContext ctx = AppContext.openForTests(dataDir, temp.resolve("station-keys"), TestMasterData.shared(),
                CLOCK)) {
            assertThat(ctx.databaseDamaged()).as("found by the consistency check at start").isTrue();
            Operator clerk = TestOperators.signIn(ctx, "clerk", "王芳", Role.WINDOW_STAFF);
            assertThatThrownBy(() -> ctx.registration().register(clerk, RegistrationFixture.valid().toBuilder()
                    .set("idNumber", IdNumbers.citizen("420106", "19900315", 123)).set("sex", "1")
                    .set("birthDate", "1990-03-15").set("operator", "")
                    .set("registrationDate", "").set("registrationNumber", "").build()))
                    .isInstanceOfSatisfying(StationProblem.class, p -> {
                        assertThat(p.kind()).isEqualTo(StationProblem.Kind.DAMAGED);
                        assertThat(p.userMessage()).isEqualTo(StationFiles.message(StationProblem.Kind.DAMAGED, dataDir))
                                .contains("restore").contains("系统设置 → 备份");
                    });
            // what the damage did not reach can still be read, the audit trail of who looked included
            assertThat(ctx.audit().verify().ok()).isTrue();
            assertThat(StationFiles.count(ctx, "SELECT COUNT(*) FROM PERSON")).isEqualTo(PERSONS);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"service.properties cut in half", "service.properties without its boot key",
            "service.properties garbage", "service.properties empty", "service.properties deleted"})
    void aStationThatNoLongerBootsSaysSoInOneMessage(String damage) throws Exception {
        Path dataDir = copy();
        Path db = dataDir.resolve("db");
        Path properties = db.resolve("service.properties");
        switch (damage) {
            case "service.properties cut in half" -> Files.writeString(properties,
                    Files.readString(properties).substring(0, (int) Files.size(properties) / 2));
            case "service.properties without its boot key" -> Files.writeString(properties,
                    Files.readString(properties).replaceAll("(?m)^encryptedBootPassword=.*\\R", ""));
            case "service.properties garbage" -> Files.write(properties, StationFiles.garbage(2000, 3));
            case "service.properties empty" -> Files.write(properties, new byte[0]);
            default -> Files.delete(properties);
        }
        assertRefusedAsDamaged(CommandLines.run(dataDir, CLOCK, "audit", "verify"), dataDir);
        assertRefusedAsDamaged(export(dataDir, temp.resolve("out.csv")), dataDir);
        assertThat(db.resolve("seg0").resolve(registrationFile)).as("nothing was removed").exists();
    }

    @ParameterizedTest
    @ValueSource(strings = {"log garbage in the middle", "log control files garbage", "log file deleted"})
    void logFilesACleanShutDownNoLongerNeedsLoseNothing(String damage) throws Exception {
        Path dataDir = copy();
        Path db = dataDir.resolve("db");
        switch (damage) {
            case "log garbage in the middle" -> StationFiles.overwriteMiddle(logFile(db), StationFiles.garbage(8192, 3));
            case "log control files garbage" -> {
                Files.write(db.resolve("log").resolve("log.ctrl"), StationFiles.garbage(48, 3));
                Files.write(db.resolve("log").resolve("logmirror.ctrl"), StationFiles.garbage(48, 4));
            }
            default -> Files.delete(logFile(db));
        }
        CommandLines.Run verify = CommandLines.run(dataDir, CLOCK, "audit", "verify");
        assertThat(verify.exitCode()).as(verify.err()).isZero();
        Path out = temp.resolve("all.csv");
        CommandLines.Run export = export(dataDir, out);
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(Files.readAllLines(out)).hasSize((int) registrations + 1);
    }

    /**
     * Every log file cut to a third after a clean shut-down: Derby refuses the first boot (its checkpoint record is
     * gone) and may boot the next time on the data files alone. Either way nothing is silent: a command is refused
     * with the one message, or it runs on every row — never an export of part of the station with exit 0.
     */
    @Test
    void everyLogFileCutToAThirdIsRefusedOrLosesNothing() throws Exception {
        Path dataDir = copy();
        try (Stream<Path> logs = Files.list(dataDir.resolve("db").resolve("log"))) {
            for (Path log : logs.filter(p -> p.getFileName().toString().matches("log\\d+\\.dat")).toList()) {
                StationFiles.cut(log, Files.size(log) / 3);
            }
        }
        CommandLines.Run verify = CommandLines.run(dataDir, CLOCK, "audit", "verify");
        assertThat(verify.exitCode()).as(verify.err()).isIn(0, 65);
        if (verify.exitCode() == 65) {
            assertRefusedAsDamaged(verify, dataDir);
        }
        Path out = temp.resolve("after-cut.csv");
        CommandLines.Run export = export(dataDir, out);
        if (export.exitCode() == 0) {
            assertThat(Files.readAllLines(out)).as("every row or none").hasSize((int) registrations + 1);
        } else {
            assertRefusedAsDamaged(export, dataDir);
            assertThat(out).doesNotExist();
        }
    }

    private static Path logFile(Path db) throws Exception {
        try (Stream<Path> logs = Files.list(db.resolve("log"))) {
            // the newest log file holds the shut-down checkpoint; older ones may no longer be needed at all
            return logs.filter(p -> p.getFileName().toString().matches("log\\d+\\.dat"))
                    .max(Comparator.comparingLong(
                            p -> Long.parseLong(p.getFileName().toString().replaceAll("\\D", ""))))
                    .orElseThrow();
        }
    }
}
