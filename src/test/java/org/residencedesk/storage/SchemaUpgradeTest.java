package org.residencedesk.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.port.DatabaseBackups.Backup;
import org.residencedesk.port.SchemaUpgradeFailed;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestStation;

/**
 * Upgrades at start (docs/decisions/0252) on real encrypted stations: a database of an earlier schema (built as
 * src/test/resources/db/fixtures/README.md says) is backed up into {@code <data>.pre-upgrade} and migrated; a
 * migration that fails puts the backup back, so the old database opens unchanged; a backup that cannot be
 * written stops the upgrade before anything changes.
 */
class SchemaUpgradeTest {
    static final TestClock CLOCK = TestClock.at("2026-11-28T01:15:00Z");
    /** The schema versions of earlier releases, one fixture each (db/fixtures/README.md). */
    static final int OLDER_SCHEMA = 6;
    static final String CURRENT = Integer.toString(MigrationUndo.migrationVersions().stream()
            .mapToInt(Integer::intValue).max().orElseThrow());

    @TempDir
    Path temp;

    private Path dataDir() {
        return temp.resolve("station");
    }

    /** A real station, taken back to schema {@code version} (or left at the current one when null). */
    private void stationAt(Integer version) throws SQLException {
        try (AppContext ctx = TestStation.open(dataDir(), CLOCK)) {
            if (version != null) {
                try (Connection c = ctx.database().openConnection()) {
                    MigrationUndo.undoAfter(c, version);
                }
            }
        }
    }

    @Test
    void anOlderSchemaIsBackedUpThenMigratedAndKeepsItsData() throws Exception {
        stationAt(OLDER_SCHEMA);

        try (AppContext ctx = TestStation.reopen(dataDir(), CLOCK)) {
            SchemaUpgrade.Outcome outcome = ctx.database().schemaUpgrade();
            assertThat(outcome.fromVersion()).isEqualTo(String.valueOf(OLDER_SCHEMA));
            assertThat(outcome.toVersion()).isEqualTo(CURRENT);
            assertThat(ctx.database().schemaVersion()).isEqualTo(CURRENT);
            Backup backup = outcome.backup();
            assertThat(backup.folder().getParent()).isEqualTo(temp.resolve("station.pre-upgrade"));
            assertThat(backup.schemaVersion()).isEqualTo(String.valueOf(OLDER_SCHEMA));
            assertThat(backup.stationCode()).isEqualTo(TestStation.CODE);
            assertThat(Files.isRegularFile(backup.folder().resolve("manifest.txt"))).isTrue();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup.folder().getParent())))
                    .isEqualTo("rwx------");
            // the data survived: the station, its administrator, and an unbroken audit chain
            assertThat(ctx.transactions().readOnly(ctx.stations()::find).orElseThrow().code().value()).isEqualTo(TestStation.CODE);
            assertThat(ctx.authentication().login(TestStation.ADMIN, TestStation.ADMIN_PASSWORD.toCharArray())
                    .login()).isEqualTo(TestStation.ADMIN);
            assertThat(ctx.audit().verify().ok()).isTrue();
            // the upgrade is in the audit chain, once, as the program's
            List<org.residencedesk.domain.audit.AuditEntry> upgrades = ctx.transactions().readOnly(
                    () -> ctx.auditLog().latest(50)).stream()
                    .filter(e -> e.action() == org.residencedesk.domain.audit.AuditAction.SCHEMA_UPGRADED).toList();
            assertThat(upgrades).hasSize(1);
            assertThat(upgrades.get(0).actor()).isEqualTo("system");
            assertThat(upgrades.get(0).detail()).isEqualTo("from=" + OLDER_SCHEMA + ",to=" + CURRENT + ",backup="
                    + backup.name() + ",app=" + backup.appVersion());
        }
        // the next start has nothing pending: no second backup
        try (AppContext ctx = TestStation.reopen(dataDir(), CLOCK)) {
            assertThat(ctx.database().schemaUpgrade().backup()).isNull();
            assertThat(ctx.database().schemaUpgrade().fromVersion()).isEqualTo(CURRENT);
        }
    }

    @Test
    void aFailedMigrationRestoresTheBackupAndSaysSoInChinese() throws Exception {
        stationAt(null);
        Path db = dataDir().resolve("db");
        DatabaseKey key = DatabaseUnlock.unlock(db, new KeyFileBootSecretStore(keyDirectory()));
        SchemaUpgrade.Options broken = new SchemaUpgrade.Options(List.of(SchemaUpgrade.Options.MIGRATIONS,
                "classpath:db/upgrade-tests/broken"), SchemaUpgrade.preUpgradeFolderOf(dataDir()), CLOCK, "test");

        SchemaUpgradeFailed e = org.assertj.core.api.Assertions.catchThrowableOfType(SchemaUpgradeFailed.class,
                () -> Database.open(db, key, List.of(), broken));
        assertThat(e.reason()).isEqualTo(SchemaUpgradeFailed.Reason.RESTORED);
        assertThat(e.exitCode()).isEqualTo(75);
        Path backup = onlyBackupIn(temp.resolve("station.pre-upgrade"));
        assertThat(e.userMessage()).isEqualTo("数据库从版本 " + CURRENT + " 升级到 901 时失败，已自动恢复升级前的备份，"
                + "数据与升级前完全相同（备份：" + backup + "）。请暂时继续使用旧版本程序，并联系技术支持。");

        assertThat(Files.isDirectory(dataDir().resolve(SchemaUpgrade.FAILED))).isTrue();
        try (AppContext ctx = TestStation.reopen(dataDir(), CLOCK)) {
            assertThat(ctx.database().schemaVersion()).isEqualTo(CURRENT);
            assertThat(ctx.database().schemaUpgrade().backup()).isNull();
            assertThat(tableExists(ctx, "UPGRADE_TEST_STEP")).as("the working V900 was taken back").isFalse();
            assertThat(ctx.transactions().readOnly(ctx.stations()::find).orElseThrow().code().value()).isEqualTo(TestStation.CODE);
            assertThat(ctx.audit().verify().ok()).isTrue();
        }
    }

    @Test
    void aBackupThatCannotBeWrittenStopsTheUpgradeBeforeAnythingChanges() throws Exception {
        stationAt(OLDER_SCHEMA);
        Files.writeString(temp.resolve("station.pre-upgrade"), "a file where the backup folder should be");
        Path db = dataDir().resolve("db");
        DatabaseKey key = DatabaseUnlock.unlock(db, new KeyFileBootSecretStore(keyDirectory()));

        assertThatThrownBy(() -> Database.open(db, key, List.of(),
                SchemaUpgrade.Options.standard(db, CLOCK, "test")))
                .isInstanceOfSatisfying(SchemaUpgradeFailed.class, e -> {
                    assertThat(e.reason()).isEqualTo(SchemaUpgradeFailed.Reason.BACKUP_FAILED);
                    assertThat(e.userMessage()).isEqualTo("数据库需要从版本 6 升级到 " + CURRENT + "，但升级前的自动备份没有成功（备份文件夹："
                            + temp.resolve("station.pre-upgrade") + "）。为安全起见没有升级，数据库保持原样。"
                            + "请检查磁盘空间和该文件夹的权限后重新启动。");
                });
        Files.delete(temp.resolve("station.pre-upgrade"));
        // still at the old schema: the next start (with room for the backup) upgrades it
        try (AppContext ctx = TestStation.reopen(dataDir(), CLOCK)) {
            assertThat(ctx.database().schemaUpgrade().fromVersion()).isEqualTo(String.valueOf(OLDER_SCHEMA));
        }
    }

    private static Path keyDirectory() {
        return Path.of(System.getenv("RESIDENCE_DESK_KEYS"));
    }

    private static Path onlyBackupIn(Path folder) throws java.io.IOException {
        try (var entries = Files.list(folder)) {
            List<Path> all = entries.toList();
            assertThat(all).hasSize(1);
            return all.get(0);
        }
    }

    private static boolean tableExists(AppContext ctx, String table) throws SQLException {
        try (Connection c = ctx.database().openConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM SYS.SYSTABLES WHERE TABLENAME = '" + table + "'")) {
            rs.next();
            return rs.getInt(1) == 1;
        }
    }
}
