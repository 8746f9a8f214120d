package org.residencedesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.testing.FileTrees;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.audit.AuditEntry;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.port.DatabaseBackups.Backup;
import org.residencedesk.port.DatabaseBackups.Problem;
import org.residencedesk.service.Operator;
import org.residencedesk.service.audit.AuditVerdict;
import org.residencedesk.service.backup.BackupFailed;
import org.residencedesk.service.backup.RestoreFailed;
import org.residencedesk.service.backup.RestoreFailed.Reason;
import org.residencedesk.service.backup.StationRestore;
import org.residencedesk.service.demodata.DemoDataListener;
import org.residencedesk.service.demodata.DemoDataRequest;
import org.residencedesk.storage.PrivateFiles;
import org.residencedesk.testing.IdNumbers;
import org.residencedesk.testing.PlaintextScan;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testsupport.RegistrationFixture;

/**
 * Backup and restore on a real encrypted Derby station with real files (docs/decisions/0155–0157): the round trip
 * backup → wipe → restore brings back every person, permit and audit entry and {@code audit verify} passes; a
 * tampered or half-written backup is refused; a failed restore leaves the station's database as it was.
 */
class BackupRestoreTest {
    static final String ADMIN = "beifen";

    static final String START = "2026-11-28T01:15:00Z";
    /** The station every test starts from ({@link #buildStation}). */
    @TempDir
    static Path built;
    private static List<String> builtSecrets;

    final TestClock clock = TestClock.at(START);
    @TempDir
    Path dataDir;
    @TempDir
    Path keyDir;
    @TempDir
    Path backups;

    private AppContext open() {
        return AppContext.openForTests(dataDir, keyDir, org.residencedesk.testing.TestMasterData.shared(), clock);
    }

    /**
     * A demo station with synthetic persons and permits, three named persons, and an administrator: built once for
     * the class at the tests' starting time, then its data and key folders copied into each test's own (every test
     * changes its copy only).
     */
    private List<String> station() throws Exception {
        FileTrees.copy(built.resolve("data"), dataDir);
        FileTrees.copy(built.resolve("keys"), keyDir);
        return builtSecrets;
    }

    @BeforeAll
    static void buildStation() throws Exception {
        Path data = built.resolve("data");
        Path keys = built.resolve("keys");
        org.residencedesk.testing.StationTemplate.seed(data, keys); // a copy of the migrated template (ADR 0361)
        try (AppContext ctx = AppContext.openForTests(data, keys, org.residencedesk.testing.TestMasterData.shared(),
                TestClock.at(START))) {
            ctx.stationSetup().setUpDemo();
            ctx.demoData().generate(DemoDataRequest.of(40), DemoDataListener.SILENT);
            builtSecrets = List.copyOf(registerPersons(ctx));
            TestOperators.signIn(ctx, ADMIN, "备份管理员", Role.ADMIN);
        }
    }

    static List<String> registerPersons(AppContext ctx) {
        Operator clerk = TestOperators.windowStaff(ctx);
        String[][] people = {
                {IdNumbers.citizen("420106", "19900315", 123), "欧阳春晓", "1", "1990-03-15", "13712345601"},
                {IdNumbers.citizen("420102", "19851201", 224), "司马秋菊", "2", "1985-12-01", "13712345602"},
                {IdNumbers.citizen("420111", "20000229", 335), "诸葛明远", "1", "2000-02-29", "13712345603"}};
        List<String> secrets = new ArrayList<>();
        for (String[] p : people) {
            FormValues v = RegistrationFixture.valid().toBuilder().set("idNumber", p[0]).set("name", p[1])
                    .set("sex", p[2]).set("birthDate", p[3]).set("mobile", p[4]).set("operator", "")
                    .set("registrationDate", "").set("registrationNumber", "").build();
            ctx.registration().register(clerk, v);
            secrets.addAll(List.of(p[0], p[1], p[4]));
        }
        return secrets;
    }

    private Backup backUp() throws BackupFailed {
        try (AppContext ctx = open()) {
            Operator admin = TestOperators.signIn(ctx, ADMIN, "备份管理员", Role.ADMIN);
            return ctx.backups().backup(admin, backups).backup();
        }
    }

    private StationRestore.Restored restore(Path backup, String login, String password) throws RestoreFailed {
        return new StationRestorer(dataDir, keyDir, org.residencedesk.testing.TestMasterData.shared(), clock, true)
                .restore(backup, login, password.toCharArray());
    }

    /** Every row of every application table, as text, ordered by its first column. */
    private Map<String, List<String>> tables() throws Exception {
        Map<String, List<String>> all = new LinkedHashMap<>();
        try (AppContext ctx = open(); Connection c = ctx.database().openConnection(); Statement st = c.createStatement()) {
            for (String table : List.of("STATION", "PERSON", "RESIDENCE_REGISTRATION", "REGISTRATION_HISTORY",
                    "PERMIT_APPLICATION", "ONLINE_APPLICATION", "OUTBOX_EVENT", "AUDIT_ENTRY")) {
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("SELECT * FROM " + table + " ORDER BY 1")) {
                    ResultSetMetaData md = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            row.append(rs.getString(i)).append('|');
                        }
                        rows.add(row.toString());
                    }
                }
                all.put(table, rows);
            }
        }
        return all;
    }

    private AuditVerdict verify() {
        try (AppContext ctx = open()) {
            return ctx.audit().verify();
        }
    }

    @Test
    void backupWipeRestoreBringsEveryPersonPermitAndAuditEntryBack() throws Exception {
        List<String> secrets = station();
        Map<String, List<String>> before = tables();
        Backup backup = backUp();
        clock.advance(Duration.ofHours(2));
        try (AppContext ctx = open()) { // work after the backup: lost by the restore, and the audit says so
            ctx.registration().register(TestOperators.windowStaff(ctx), RegistrationFixture.valid().toBuilder()
                    .set("idNumber", IdNumbers.citizen("420103", "19770707", 446)).set("name", "慕容雪松")
                    .set("sex", "2").set("birthDate", "1977-07-07").set("mobile", "13712345604")
                    .set("operator", "").set("registrationDate", "").set("registrationNumber", "").build());
        }
        long headBeforeRestore = verify().entries();

        PrivateFiles.wipeTree(DataDirectory.database(dataDir));
        StationRestore.Restored restored = restore(backup.folder(), ADMIN, TestOperators.PASSWORD);

        assertThat(restored.backupName()).isEqualTo(backup.name());
        assertThat(restored.discardedHead()).isEqualTo(headBeforeRestore);
        assertThat(restored.previous()).isNull(); // the database was wiped: nothing to keep aside
        Map<String, List<String>> after = tables();
        for (String table : before.keySet()) {
            if (!table.equals("AUDIT_ENTRY")) {
                assertThat(after.get(table)).as(table).isEqualTo(before.get(table));
            }
        }
        assertThat(after.get("PERSON")).hasSizeGreaterThan(40);
        assertThat(after.get("PERMIT_APPLICATION")).isNotEmpty();
        List<String> audit = after.get("AUDIT_ENTRY");
        assertThat(audit.subList(0, before.get("AUDIT_ENTRY").size())).isEqualTo(before.get("AUDIT_ENTRY"));
        AuditVerdict verdict = verify();
        assertThat(verdict.ok()).as(verdict.toString()).isTrue();
        try (AppContext ctx = open()) {
            AuditEntry restoredEntry = ctx.transactions().readOnly(() -> ctx.auditLog().latest(5)).stream()
                    .filter(e -> e.action() == AuditAction.DATABASE_RESTORED).findFirst().orElseThrow();
            assertThat(restoredEntry.actor()).isEqualTo(ADMIN);
            assertThat(restoredEntry.targetId()).isEqualTo(backup.name());
            assertThat(restoredEntry.detail()).startsWith("backupHead=" + backup.auditSeq() + ",discardedHead="
                    + headBeforeRestore + ":");
            assertThat(ctx.registration().activeRegistrationOf(TestOperators.windowStaff(ctx), secrets.get(0)))
                    .hasValueSatisfying(r -> assertThat(r.name()).isEqualTo("欧阳春晓"));
        }
        try (Stream<Path> archives = Files.list(keyDir)) {
            assertThat(archives.map(p -> p.getFileName().toString()))
                    .anyMatch(n -> n.endsWith(".audit-checkpoints.before-restore-20261128-031500Z"));
        }
    }

    @Test
    void aTailDeletedWithoutARestoreIsStillDetectedAfterARestore() throws Exception {
        station();
        Backup backup = backUp();
        restore(backup.folder(), ADMIN, TestOperators.PASSWORD); // over the live database: kept aside
        assertThat(dataDir.resolve(StationRestorer.PREVIOUS).resolve("service.properties")).isRegularFile();
        assertThat(verify().ok()).isTrue();
        try (AppContext ctx = open(); Connection c = ctx.database().openConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM AUDIT_ENTRY WHERE SEQ = (SELECT MAX(SEQ) FROM AUDIT_ENTRY)");
            st.executeUpdate("UPDATE SEQUENCE_COUNTER SET LAST_VALUE = LAST_VALUE - 1 WHERE NAME = 'audit'");
        }
        AuditVerdict verdict = verify();
        assertThat(verdict.ok()).isFalse();
        assertThat(verdict.problem()).isEqualTo(AuditVerdict.Problem.ENTRIES_MISSING);
    }

    @Test
    void theBackupFilesHoldNoNameIdNumberOrPhone() throws Exception {
        List<String> secrets = station();
        Backup backup = backUp();
        assertThat(backup.files()).isGreaterThan(5);
        assertThat(PlaintextScan.findings(backups, secrets)).isEmpty();
        // the same names are in the backup, readable with the key: the scan looks at real content
        PrivateFiles.wipeTree(DataDirectory.database(dataDir));
        restore(backup.folder(), ADMIN, TestOperators.PASSWORD);
        try (AppContext ctx = open()) {
            assertThat(ctx.registration().activeRegistrationOf(TestOperators.windowStaff(ctx), secrets.get(3)))
                    .hasValueSatisfying(r -> assertThat(r.name()).isEqualTo("司马秋菊"));
        }
    }

    @Test
    void backupFoldersAreOwnerOnly() throws Exception {
        station();
        Backup backup = backUp();
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> all = Files.walk(backup.folder())) {
            for (Path p : all.toList()) {
                String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
                if (!mode.equals(Files.isDirectory(p) ? "rwx------" : "rw-------")) {
                    wrong.add(backup.folder().relativize(p) + " " + mode);
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(backup.folder().getFileName().toString()).isEqualTo("residence-desk-backup-20261128-011500Z");
        assertThat(backup.folder().resolve("manifest.txt")).isRegularFile();
    }

    @Test
    void aChangedFileOrManifestIsRefusedAndTheStationStaysAsItWas() throws Exception {
        station();
        Backup backup = backUp();
        Map<String, List<String>> before = tables();
        Path copy = backups.resolve("changed-file");
        FileTrees.copy(backup.folder(), copy);
        Path seg0File;
        try (Stream<Path> files = Files.list(copy.resolve("db").resolve("seg0"))) {
            seg0File = files.filter(Files::isRegularFile).findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(seg0File);
        bytes[bytes.length / 2] ^= 1;
        Files.write(seg0File, bytes);
        assertThatThrownBy(() -> restore(copy, ADMIN, TestOperators.PASSWORD))
                .isInstanceOfSatisfying(RestoreFailed.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.FILE_CHANGED);
                    assertThat(e.getMessage()).isEqualTo("未恢复：" + copy + " 中有文件缺失、多出或被改动。原有数据库仍在原处，未被替换。");
                });

        Path forged = backups.resolve("changed-manifest");
        FileTrees.copy(backup.folder(), forged);
        Path manifest = forged.resolve("manifest.txt");
        Files.writeString(manifest, Files.readString(manifest).replace("auditSeq=" + backup.auditSeq() + "\n",
                "auditSeq=" + (backup.auditSeq() - 1) + "\n"));
        assertThatThrownBy(() -> restore(forged, ADMIN, TestOperators.PASSWORD))
                .isInstanceOfSatisfying(RestoreFailed.class, e -> assertThat(e.reason()).isEqualTo(Reason.MANIFEST_FORGED));

        try (AppContext ctx = open()) {
            Operator admin = TestOperators.signIn(ctx, ADMIN, "备份管理员", Role.ADMIN);
            assertThatThrownBy(() -> ctx.backups().verify(admin, copy)).isInstanceOfSatisfying(BackupFailed.class,
                    e -> assertThat(e.problem()).isEqualTo(Problem.FILE_CHANGED));
            assertThat(ctx.backups().verify(admin, backup.folder()).auditHash()).isEqualTo(backup.auditHash());
        }
        Map<String, List<String>> after = tables();
        assertThat(after.get("PERSON")).isEqualTo(before.get("PERSON"));
        assertThat(dataDir.resolve(StationRestorer.STAGING)).doesNotExist();
    }

    @Test
    void aHalfWrittenBackupIsIgnoredByListRestoreAndRetention() throws Exception {
        station();
        Backup first = backUp();
        Path half = backups.resolve("residence-desk-backup-20261127-000000Z");
        FileTrees.copy(first.folder(), half);
        Files.delete(half.resolve("manifest.txt")); // the copy was interrupted before its manifest
        Files.writeString(backups.resolve("notes.txt"), "not a backup");

        assertThatThrownBy(() -> restore(half, ADMIN, TestOperators.PASSWORD))
                .isInstanceOfSatisfying(RestoreFailed.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_A_BACKUP));
        try (AppContext ctx = open()) {
            Operator admin = TestOperators.signIn(ctx, ADMIN, "备份管理员", Role.ADMIN);
            ctx.backups().configure(admin, backups, 1);
            assertThat(ctx.backups().list(admin, backups)).extracting(Backup::name).containsExactly(first.name());
            clock.advance(Duration.ofDays(1));
            var second = ctx.backups().backup(admin, backups);
            assertThat(second.removed()).containsExactly(first.name());
            assertThat(ctx.backups().list(admin, backups)).extracting(Backup::name)
                    .containsExactly(second.backup().name());
        }
        assertThat(first.folder()).doesNotExist();
        assertThat(half.resolve("db")).isDirectory(); // not a complete backup: never deleted
        assertThat(backups.resolve("notes.txt")).hasContent("not a backup");
    }

    @Test
    void aWrongPasswordOrAnAccountWithoutTheRightLeavesTheDatabaseInPlace() throws Exception {
        station();
        Backup backup = backUp();
        try (AppContext ctx = open()) {
            TestOperators.signIn(ctx, "chief", "站长", Role.CHIEF);
        }
        Map<String, List<String>> before = tables();
        byte[] checkpoints = checkpointFile();

        assertThatThrownBy(() -> restore(backup.folder(), ADMIN, "Wrong#2026"))
                .isInstanceOfSatisfying(RestoreFailed.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.NOT_SIGNED_IN);
                    assertThat(e.getMessage()).endsWith("原有数据库仍在原处，未被替换。");
                });
        assertThatThrownBy(() -> restore(backup.folder(), "chief", TestOperators.PASSWORD))
                .as("the chief's account is not in the backup")
                .isInstanceOfSatisfying(RestoreFailed.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_SIGNED_IN));
        assertThatThrownBy(() -> restore(backup.folder(), "wangfang", TestOperators.PASSWORD))
                .isInstanceOfSatisfying(RestoreFailed.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_PERMITTED));

        assertThat(checkpointFile()).isEqualTo(checkpoints);
        assertThat(tables().get("PERSON")).isEqualTo(before.get("PERSON"));
        assertThat(dataDir.resolve(StationRestorer.PREVIOUS)).doesNotExist();
    }

    @Test
    void aBackupOfATamperedChainIsRefusedAndAnOpenDatabaseIsNotReplaced() throws Exception {
        station();
        try (AppContext ctx = open(); Connection c = ctx.database().openConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE AUDIT_ENTRY SET ACTOR = 'someone' WHERE SEQ = 3");
        }
        Backup tampered = backUp();
        assertThatThrownBy(() -> restore(tampered.folder(), ADMIN, TestOperators.PASSWORD))
                .isInstanceOfSatisfying(RestoreFailed.class, e -> assertThat(e.reason()).isEqualTo(Reason.AUDIT_BROKEN));

        try (AppContext running = open()) {
            assertThatThrownBy(() -> restore(tampered.folder(), ADMIN, TestOperators.PASSWORD))
                    .isInstanceOfSatisfying(RestoreFailed.class, e -> assertThat(e.reason()).isEqualTo(Reason.IN_USE));
            assertThat(running.stationSetup().isSetUp()).isTrue();
        }
    }

    private byte[] checkpointFile() throws IOException {
        String id = Files.readString(dataDir.resolve("database.id"), StandardCharsets.US_ASCII).trim();
        return Files.readAllBytes(keyDir.resolve(id + ".audit-checkpoints"));
    }
}
