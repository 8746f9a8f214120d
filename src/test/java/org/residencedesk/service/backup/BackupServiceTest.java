package org.residencedesk.service.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.audit.AuditEntry;
import org.residencedesk.port.DatabaseBackups.Backup;
import org.residencedesk.port.DatabaseBackups.Problem;
import org.residencedesk.service.Operator;
import org.residencedesk.service.PermissionDenied;
import org.residencedesk.service.ValidationFailure;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testing.TestStation;

/** {@link BackupService} on a real station: who may, what is audited, the daily job's schedule and status. */
class BackupServiceTest {
    final TestClock clock = TestClock.at("2026-11-28T01:15:00Z");
    @TempDir
    Path dataDir;
    @TempDir
    Path keyDir;
    @TempDir
    Path backups;
    AppContext ctx;
    Operator admin;

    @BeforeEach
    void open() {
        ctx = org.residencedesk.testing.TestStation.open(dataDir, keyDir, clock);
        admin = TestOperators.signIn(ctx, "beifen", "备份管理员", Role.ADMIN);
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    private List<AuditEntry> latest(int n) {
        return ctx.transactions().readOnly(() -> ctx.auditLog().latest(n));
    }

    @Test
    void onlyAnAccountWithTheBackupRightMayUseAnyOfIt() {
        for (Operator other : List.of(TestOperators.windowStaff(ctx),
                TestOperators.signIn(ctx, "zhanzhang", "站长", Role.CHIEF, Role.REVIEWER),
                TestOperators.signIn(ctx, "zhizheng", "制证员", Role.CLERK))) {
            assertThatThrownBy(() -> ctx.backups().backup(other, backups)).isInstanceOf(PermissionDenied.class);
            assertThatThrownBy(() -> ctx.backups().list(other, backups)).isInstanceOf(PermissionDenied.class);
            assertThatThrownBy(() -> ctx.backups().verify(other, backups)).isInstanceOf(PermissionDenied.class);
            assertThatThrownBy(() -> ctx.backups().status(other)).isInstanceOf(PermissionDenied.class);
            assertThatThrownBy(() -> ctx.backups().configure(other, backups, 3)).isInstanceOf(PermissionDenied.class);
        }
        assertThat(backups.toFile().list()).isEmpty();
    }

    @Test
    void aBackupIsAuditedAfterItIsCompleteAndItsManifestNamesTheChainHead() throws Exception {
        long headBefore = latest(1).get(0).seq();
        BackupResult result = ctx.backups().backup(admin, backups);

        Backup b = result.backup();
        assertThat(b.stationCode()).isEqualTo(TestStation.CODE);
        assertThat(b.auditSeq()).isEqualTo(headBefore);
        assertThat(b.auditHash()).isEqualTo(latest(2).get(1).hash());
        assertThat(b.schemaVersion()).isEqualTo(latestMigration());
        assertThat(b.createdAt()).isEqualTo(clock.instant());
        AuditEntry entry = latest(1).get(0);
        assertThat(entry.action()).isEqualTo(AuditAction.BACKUP_CREATED);
        assertThat(entry.actor()).isEqualTo("beifen");
        assertThat(entry.targetId()).isEqualTo(b.name());
        assertThat(entry.detail()).isEqualTo("files=" + b.files() + ",bytes=" + b.bytes() + ",auditHead=" + headBefore
                + ",scheduled=false");
        assertThat(ctx.backups().verify(admin, b.folder())).isEqualTo(b);
    }

    @Test
    void nothingConfiguredMeansNoDailyBackupAndTheStatusSaysSo() throws Exception {
        assertThat(ctx.backups().scheduledBackupIfDue()).isEmpty();
        BackupStatus status = ctx.backups().status(admin);
        assertThat(status.scheduled()).isFalse();
        assertThat(status.last()).isEmpty();
        assertThat(backups.toFile().list()).isEmpty();
    }

    @Test
    void theDailyBackupRunsOnceADayAndRetriesAFailureAfterAnHour() throws Exception {
        ctx.backups().configure(admin, backups, 2);
        AuditEntry configured = latest(1).get(0);
        assertThat(configured.action()).isEqualTo(AuditAction.BACKUP_SETTINGS_CHANGED);
        assertThat(configured.detail()).isEqualTo("keep=2");

        assertThat(ctx.backups().scheduledBackupIfDue()).isPresent();
        assertThat(latest(1).get(0).actor()).isEqualTo("system");
        clock.advance(Duration.ofHours(22));
        assertThat(ctx.backups().scheduledBackupIfDue()).as("not due yet").isEmpty();
        clock.advance(Duration.ofHours(1));
        assertThat(ctx.backups().scheduledBackupIfDue()).isPresent();

        // the folder must exist when configured
        assertThatThrownBy(() -> ctx.backups().configure(admin, backups.resolve("missing-later"), 5))
                .isInstanceOfSatisfying(ValidationFailure.class, e -> assertThat(e.fieldMessages().get("folder"))
                        .isEqualTo("未备份：备份文件夹 " + backups.resolve("missing-later") + " 不存在（移动硬盘或U盘未连接？）。"));
    }

    @Test
    void aFolderThatDisappearsGivesOneMessageAndTheStatusShowsIt() throws Exception {
        Path drive = Files.createDirectory(backups.resolve("drive"));
        ctx.backups().configure(admin, drive, 3);
        Files.delete(drive); // the drive was unplugged
        clock.advance(Duration.ofDays(1));

        assertThatThrownBy(() -> ctx.backups().scheduledBackupIfDue()).isInstanceOfSatisfying(BackupFailed.class, e -> {
            assertThat(e.problem()).isEqualTo(Problem.FOLDER_MISSING);
            assertThat(e.getMessage()).isEqualTo("未备份：备份文件夹 " + drive + " 不存在（移动硬盘或U盘未连接？）。");
        });
        BackupStatus status = ctx.backups().status(admin);
        assertThat(status.last()).hasValueSatisfying(last -> {
            assertThat(last.succeeded()).isFalse();
            assertThat(last.problem()).isEqualTo("FOLDER_MISSING");
            assertThat(last.scheduled()).isTrue();
        });
        assertThat(drive).doesNotExist(); // never created on the mount point
        clock.advance(Duration.ofMinutes(30));
        assertThat(ctx.backups().scheduledBackupIfDue()).as("retried only after an hour").isEmpty();
        Files.createDirectory(drive);
        clock.advance(Duration.ofMinutes(31));
        assertThat(ctx.backups().scheduledBackupIfDue()).isPresent();
        assertThat(ctx.backups().status(admin).last()).hasValueSatisfying(l -> assertThat(l.succeeded()).isTrue());
    }

    /** The newest Flyway migration shipped: what a freshly set-up station's schema is at. */
    private static String latestMigration() throws java.io.IOException {
        try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
            return String.valueOf(files.map(f -> f.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow());
        }
    }
}
