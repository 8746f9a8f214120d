package org.residencedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.residencedesk.domain.account.Role;
import org.residencedesk.port.StationProblem;
import org.residencedesk.service.demodata.DemoDataListener;
import org.residencedesk.service.demodata.DemoDataRequest;
import org.residencedesk.testing.FileTrees;
import org.residencedesk.testing.PasswordFiles;
import org.residencedesk.testing.StationTemplate;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestMasterData;
import org.residencedesk.testing.TestOperators;

/**
 * An export of permits, houses or employers never reports success on part of its table (issue 18 item 2,
 * docs/decisions/0350, 0370): a demo station with 40 permits and the township's houses and employers, shut down
 * cleanly, is copied and one table's file damaged. Every case ends in the damaged-database message with exit 65 and
 * leaves no file, like the registration export (ADR 0276). Intact exports are {@code cli.ExportCommandTest}'s.
 */
class TableExportDamageTest {
    static final TestClock CLOCK = TestClock.at("2026-11-28T01:15:00Z");
    static final int PERMITS = 40;
    static final String[] TABLES = {"PERMIT_APPLICATION", "RENTAL_HOUSE", "EMPLOYER"};

    @TempDir
    static Path base;
    /** Each table's file name in seg0, and its copy from before any row was written. */
    static final Map<String, String> files = new HashMap<>();
    static final Map<String, Path> emptyFiles = new HashMap<>();
    static Path chiefPassword;

    @TempDir
    Path temp;

    @BeforeAll
    static void station() throws Exception {
        Path station = base.resolve("station");
        StationTemplate.seed(station, base.resolve("station-keys"));
        Path seg0 = station.resolve("db").resolve("seg0");
        try (AppContext ctx = open(station)) {
            for (String table : TABLES) {
                files.put(table, StationFiles.heapFileOf(ctx, table));
            }
        }
        // each table's file as it was before any row was written (shut down cleanly: a whole file)
        for (String table : TABLES) {
            emptyFiles.put(table, Files.copy(seg0.resolve(files.get(table)), base.resolve(table + "-empty.dat")));
        }
        try (AppContext ctx = open(station)) {
            // permits are generated on a demo station only (ADR 0060), through the real permit services
            ctx.demoData().generate(new DemoDataRequest(150, 1000, 3, PERMITS, false), DemoDataListener.SILENT);
            TestOperators.signIn(ctx, "chief", "李站长", Role.CHIEF);
            assertThat(StationFiles.count(ctx, "SELECT COUNT(*) FROM PERMIT_APPLICATION")).as("demo permits")
                    .isEqualTo(PERMITS);
            assertThat(StationFiles.count(ctx, "SELECT COUNT(*) FROM RENTAL_HOUSE")).as("demo houses").isPositive();
            assertThat(StationFiles.count(ctx, "SELECT COUNT(*) FROM EMPLOYER")).as("demo employers").isPositive();
            for (String table : TABLES) {
                assertThat(StationFiles.heapFileOf(ctx, table)).isEqualTo(files.get(table));
            }
        }
        chiefPassword = PasswordFiles.write(Files.createDirectory(base.resolve("pw")), "chief.txt",
                TestOperators.PASSWORD);
    }

    private static AppContext open(Path station) {
        return AppContext.openForTests(station, station.resolveSibling("station-keys"), TestMasterData.shared(), CLOCK);
    }

    private Path copy() throws Exception {
        Path dataDir = temp.resolve("station");
        FileTrees.copy(base.resolve("station"), dataDir);
        FileTrees.copy(base.resolve("station-keys"), temp.resolve("station-keys"));
        return dataDir;
    }

    private CommandLines.Run export(Path dataDir, String what, Path out) {
        return CommandLines.run(dataDir, CLOCK, "export", "--what", what, "--format", "csv", "--out",
                out.toString(), "--operator", "chief", "--password-file", chiefPassword.toString());
    }

    /**
     * The table's file put back as it was before its rows (a one-file restore, a disk that lost the latest writes):
     * every page reads well, so nothing fails on the way — the export would read no row while the primary key's
     * index still holds all of them, and exited 0 with the header alone before the check.
     */
    @ParameterizedTest
    @CsvSource({"PERMIT_APPLICATION, permits", "RENTAL_HOUSE, houses", "EMPLOYER, employers"})
    void anExportOfATableFileFromBeforeItsRowsIsRefused(String table, String what) throws Exception {
        Path dataDir = copy();
        Files.copy(emptyFiles.get(table), dataDir.resolve("db").resolve("seg0").resolve(files.get(table)),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path outFolder = Files.createDirectory(temp.resolve("out"));

        assertRefusedAsDamaged(export(dataDir, what, outFolder.resolve(what + ".csv")), dataDir, outFolder);
    }

    /** Pages cut off the end of the permit file: a page read fails on the way, and the export with it. */
    @Test
    void anExportOfAPermitTableCutInHalfFailsAndLeavesNoFile() throws Exception {
        Path dataDir = copy();
        Path file = dataDir.resolve("db").resolve("seg0").resolve(files.get("PERMIT_APPLICATION"));
        StationFiles.cut(file, Files.size(file) / 2 / 32768 * 32768); // whole pages of 32 KiB (a CLOB column)
        Path outFolder = Files.createDirectory(temp.resolve("out"));

        assertRefusedAsDamaged(export(dataDir, "permits", outFolder.resolve("permits.csv")), dataDir, outFolder);
    }

    /** The undamaged copy exports every row of each table: the check refuses only what is missing. */
    @ParameterizedTest
    @CsvSource({"PERMIT_APPLICATION, permits", "RENTAL_HOUSE, houses", "EMPLOYER, employers"})
    void anIntactCopyExportsEveryRow(String table, String what) throws Exception {
        Path dataDir = copy();
        long rows;
        try (AppContext ctx = open(dataDir)) {
            rows = StationFiles.count(ctx, "SELECT COUNT(*) FROM " + table);
        }
        Path out = Files.createDirectory(temp.resolve("out")).resolve(what + ".csv");

        CommandLines.Run run = export(dataDir, what, out);

        assertThat(run.exitCode()).as(run.err()).isZero();
        try (Stream<String> lines = Files.lines(out)) {
            assertThat(lines.count()).as("header and one line per row").isEqualTo(rows + 1);
        }
    }

    private static void assertRefusedAsDamaged(CommandLines.Run run, Path dataDir, Path outFolder) throws Exception {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(65);
        assertThat(run.err()).isEqualTo(StationFiles.message(StationProblem.Kind.DAMAGED, dataDir)
                + System.lineSeparator());
        assertThat(run.out()).isEmpty();
        assertThat(StationFiles.stackLines(run.err())).isEmpty();
        try (Stream<Path> left = Files.list(outFolder)) {
            assertThat(left.toList()).as("no file, no half-written part").isEmpty();
        }
    }
}
