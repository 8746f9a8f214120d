package org.residencedesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.testing.FileTrees;
import org.residencedesk.domain.account.Role;
import org.residencedesk.port.StationProblem;
import org.residencedesk.service.Operator;
import org.residencedesk.service.audit.AuditVerdict;
import org.residencedesk.port.DatabaseBackups.Backup;
import org.residencedesk.storage.FileAuditCheckpoints;
import org.residencedesk.storage.FileCommitWitness;
import org.residencedesk.testing.IdNumbers;
import org.residencedesk.testing.PasswordFiles;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestMasterData;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testing.TestStation;
import org.residencedesk.testsupport.RegistrationFixture;

/**
 * The commit witness on a real station (docs/decisions/0363): a database that lost its last confirmed change — the
 * closed data folder put back as it was one change earlier, the key folder's witness kept — is refused at the next
 * start (changes and exports, exit 65, the audit check names it) and stays refused after commits of that start; a
 * legitimate restore and a missing witness refuse nothing.
 */
class CommitWitnessTest {
    final TestClock clock = TestClock.at("2026-11-28T01:15:00Z");
    @TempDir
    Path base;

    private Path dataDir() {
        return base.resolve("station");
    }

    private Path keys() {
        return base.resolve("station-keys"); // where CommandLines looks for them
    }

    private AppContext open() {
        return AppContext.openForTests(dataDir(), keys(), TestMasterData.shared(), clock);
    }

    private static void registerOne(AppContext ctx, int n) {
        ctx.registration().register(TestOperators.windowStaff(ctx), RegistrationFixture.valid().toBuilder()
                .set("idNumber", IdNumbers.citizen("420103", "19770707", n)).set("sex", n % 2 == 1 ? "1" : "2")
                .set("birthDate", "1977-07-07").set("operator", "").set("registrationDate", "")
                .set("registrationNumber", "").build());
    }

    @Test
    void aDatabaseThatLostItsLastConfirmedChangeIsRefusedAtTheNextStart() throws Exception {
        try (AppContext ctx = TestStation.open(dataDir(), keys(), clock)) {
            TestOperators.signIn(ctx, "chief", "李站长", Role.CHIEF);
            registerOne(ctx, 101);
        }
        Path older = base.resolve("older");
        FileTrees.copy(dataDir(), older); // closed: the database as it was one change earlier
        Path checkpoints = FileAuditCheckpoints.fileFor(keys(), StationRestorer.databaseId(dataDir()));
        byte[] checkpointsBefore = Files.readAllBytes(checkpoints);
        try (AppContext ctx = open()) {
            registerOne(ctx, 202); // confirmed, then lost
        }
        Files.move(dataDir(), base.resolve("newer"));
        Files.move(older, dataDir());
        // as after a kill -9: no checkpoint at close names the lost change, only the commit witness does
        Files.write(checkpoints, checkpointsBefore);

        try (AppContext ctx = open()) {
            assertThat(ctx.databaseDamaged()).isTrue();
            assertThatThrownBy(() -> registerOne(ctx, 303)).isInstanceOfSatisfying(StationProblem.class,
                    p -> assertThat(p.kind()).isEqualTo(StationProblem.Kind.DAMAGED));
            AuditVerdict verdict = ctx.audit().verify();
            assertThat(verdict.ok()).isFalse();
            assertThat(verdict.problem()).isEqualTo(AuditVerdict.Problem.CONFIRMED_CHANGES_LOST);
            ctx.auditAlarm().report(verdict); // what the window's check at start does (ADR 0139)
            assertThat(ctx.auditAlarm().broken()).contains(verdict);
            TestOperators.signIn(ctx, "auditor", "周管理", Role.ADMIN); // a commit of this start: the witness holds
        }
        Path password = PasswordFiles.write(Files.createDirectory(base.resolve("pw")), "chief.txt",
                TestOperators.PASSWORD);
        Path out = base.resolve("registrations.csv");
        CommandLines.Run export = CommandLines.run(dataDir(), clock, "export", "--what", "registrations", "--format",
                "csv", "--out", out.toString(), "--operator", "chief", "--password-file", password.toString());
        assertThat(export.exitCode()).as(export.err()).isEqualTo(65);
        assertThat(export.err()).isEqualTo(StationFiles.message(StationProblem.Kind.DAMAGED, dataDir())
                + System.lineSeparator());
        assertThat(out).doesNotExist();
        CommandLines.Run verify = CommandLines.run(dataDir(), clock, "audit", "verify");
        assertThat(verify.exitCode()).isEqualTo(1);
        assertThat(verify.out() + verify.err()).contains("最近保存的内容丢失");
        CommandLines.Run diagnose = CommandLines.run(dataDir(), clock, "diagnose");
        com.fasterxml.jackson.databind.JsonNode database = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(diagnose.out()).get("checks").get("database");
        assertThat(database.get("status").asText()).isEqualTo("ATTENTION");
        assertThat(database.get("commitWitness").asText()).isEqualTo("LOST");
    }

    @Test
    void aLegitimateRestoreAndAMissingWitnessRefuseNothing() throws Exception {
        Backup backup;
        try (AppContext ctx = TestStation.open(dataDir(), keys(), clock)) {
            Operator admin = TestOperators.signIn(ctx, "beifen", "备份管理员", Role.ADMIN);
            registerOne(ctx, 101);
            backup = ctx.backups().backup(admin, Files.createDirectory(base.resolve("backups"))).backup();
            clock.advance(Duration.ofHours(1));
            registerOne(ctx, 202); // after the backup: the restore discards it, on purpose
        }
        new StationRestorer(dataDir(), keys(), TestMasterData.shared(), clock, true)
                .restore(backup.folder(), "beifen", TestOperators.PASSWORD.toCharArray());
        try (AppContext ctx = open()) {
            assertThat(ctx.databaseDamaged()).isFalse();
            assertThat(ctx.audit().verify().ok()).isTrue();
            registerOne(ctx, 303);
        }
        Files.delete(FileCommitWitness.fileFor(keys(), StationRestorer.databaseId(dataDir())));
        try (AppContext ctx = open()) {
            assertThat(ctx.databaseDamaged()).as("a missing witness is written again, never a refusal").isFalse();
            registerOne(ctx, 404);
        }
        assertThat(FileCommitWitness.fileFor(keys(), StationRestorer.databaseId(dataDir()))).exists();
        try (AppContext ctx = open()) {
            assertThat(ctx.databaseDamaged()).isFalse();
            assertThat(ctx.audit().verify().ok()).isTrue();
        }
    }
}
