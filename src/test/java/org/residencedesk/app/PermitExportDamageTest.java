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
 * station with 60 permits, shut down cleanly, is copied and the permit table's file cut off in the middle. Before the
 * check, {@code export --what permits} reached the lost rows through the primary key's index, got nothing for them
 * and exited 0 with part of the permits; now it ends in the damaged-database message with exit 65 and leaves no
 * file, like the registration export (ADR 0276). An intact copy exports every permit.
 */
class PermitExportDamageTest {
    static final TestClock CLOCK = TestClock.at("2026-11-28T01:15:00Z");
    static final int PERMITS = 60;

    @TempDir
    static Path base;
    static long permits;
    static String permitFile;
    static Path chiefPassword;

    @TempDir
    Path temp;

    @BeforeAll
    static void station() throws Exception {
        try (AppContext ctx = AppContext.openForTests(base.resolve("station"), base.resolve("station-keys"),
                TestMasterData.shared(), CLOCK)) {
            // permits are generated on a demo station only (ADR 0060), through the real permit services
            ctx.demoData().generate(new DemoDataRequest(300, 1000, 3, PERMITS, false), DemoDataListener.SILENT);
            TestOperators.signIn(ctx, "chief", "李站长", Role.CHIEF);
            permits = StationFiles.count(ctx, "SELECT COUNT(*) FROM PERMIT_APPLICATION");
            permitFile = StationFiles.heapFileOf(ctx, "PERMIT_APPLICATION");
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

    @Test
    void anIntactStationExportsEveryPermit() throws Exception {
        Path dataDir = copy();
        Path out = temp.resolve("permits.csv");
        CommandLines.Run run = export(dataDir, out);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readAllLines(out)).hasSize((int) permits + 1);
    }

    @Test
    void anExportOfAPermitTableCutInHalfFailsAndLeavesNoFile() throws Exception {
        Path dataDir = copy();
        Path file = dataDir.resolve("db").resolve("seg0").resolve(permitFile);
        // at a page boundary (the table has a CLOB column: 32 KiB pages), so that no page is read half: Derby then
        // finds no rows on the lost pages instead of failing on a short page
        StationFiles.cut(file, Files.size(file) / 2 / 32768 * 32768);
        Path outFolder = Files.createDirectory(temp.resolve("out"));

        CommandLines.Run run = export(dataDir, outFolder.resolve("permits.csv"));

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
