package org.residencedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.domain.account.Role;
import org.residencedesk.port.StationProblem;
import org.residencedesk.service.demodata.DemoDataListener;
import org.residencedesk.service.demodata.DemoDataRequest;
import org.residencedesk.testing.PasswordFiles;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestMasterData;
import org.residencedesk.testing.TestOperators;

/**
 * A permit export never reports success on part of the permits (issue 18 item 2, docs/decisions/0350): a demo
 * station with 40 permits, shut down cleanly, is copied and the permit table's file damaged. Every case ends in the
 * damaged-database message with exit 65 and leaves no file, like the registration export (ADR 0276). An intact
 * station's permit export is {@code cli.ExportCommandTest}'s.
 */
class PermitExportDamageTest {
    static final TestClock CLOCK = TestClock.at("2026-11-28T01:15:00Z");
    static final int PERMITS = 40;

    @TempDir
    static Path base;
    static long permits;
    static String permitFile;
    static Path emptyPermitFile;
    static Path chiefPassword;

    @TempDir
    Path temp;

    @BeforeAll
    static void station() throws Exception {
        try (AppContext ctx = AppContext.openForTests(base.resolve("station"), base.resolve("station-keys"),
                TestMasterData.shared(), CLOCK)) {
            permitFile = StationFiles.heapFileOf(ctx, "PERMIT_APPLICATION");
        }
        // the permit table's file as it was before any permit was written (shut down cleanly: a whole file)
        emptyPermitFile = Files.copy(base.resolve("station").resolve("db").resolve("seg0").resolve(permitFile),
                base.resolve("empty-permits.dat"));
        try (AppContext ctx = AppContext.openForTests(base.resolve("station"), base.resolve("station-keys"),
                TestMasterData.shared(), CLOCK)) {
            // permits are generated on a demo station only (ADR 0060), through the real permit services
            ctx.demoData().generate(new DemoDataRequest(150, 1000, 3, PERMITS, false), DemoDataListener.SILENT);
            TestOperators.signIn(ctx, "chief", "李站长", Role.CHIEF);
            permits = StationFiles.count(ctx, "SELECT COUNT(*) FROM PERMIT_APPLICATION");
            assertThat(StationFiles.heapFileOf(ctx, "PERMIT_APPLICATION")).isEqualTo(permitFile);
        }
        chiefPassword = PasswordFiles.write(Files.createDirectory(base.resolve("pw")), "chief.txt",
                TestOperators.PASSWORD);
        assertThat(permits).as("demo permits").isEqualTo(PERMITS);
    }

    private Path copy() throws Exception {
        Path dataDir = temp.resolve("station");
        StationFiles.copyTree(base.resolve("station"), dataDir);
        StationFiles.copyTree(base.resolve("station-keys"), temp.resolve("station-keys"));
        return dataDir;
    }

    private CommandLines.Run export(Path dataDir, Path out) {
        return CommandLines.run(dataDir, CLOCK, "export", "--what", "permits", "--format", "csv", "--out",
                out.toString(), "--operator", "chief", "--password-file", chiefPassword.toString());
    }

    /**
     * The table's file put back as it was before the permits (a one-file restore, a disk that lost the latest
     * writes): every page reads well, so nothing fails on the way — the export read no permit while the primary
     * key's index still holds all of them, and exited 0 with the header alone before the check.
     */
    @Test
    void anExportOfAPermitTableFileFromBeforeThePermitsIsRefused() throws Exception {
        Path dataDir = copy();
        Files.copy(emptyPermitFile, dataDir.resolve("db").resolve("seg0").resolve(permitFile),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path outFolder = Files.createDirectory(temp.resolve("out"));

        assertRefusedAsDamaged(export(dataDir, outFolder.resolve("permits.csv")), dataDir, outFolder);
    }

    /** Pages cut off the end of the file: a page read fails on the way, and the export with it. */
    @Test
    void anExportOfAPermitTableCutInHalfFailsAndLeavesNoFile() throws Exception {
        Path dataDir = copy();
        Path file = dataDir.resolve("db").resolve("seg0").resolve(permitFile);
        StationFiles.cut(file, Files.size(file) / 2 / 32768 * 32768); // whole pages of 32 KiB (a CLOB column)
        Path outFolder = Files.createDirectory(temp.resolve("out"));

        assertRefusedAsDamaged(export(dataDir, outFolder.resolve("permits.csv")), dataDir, outFolder);
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
