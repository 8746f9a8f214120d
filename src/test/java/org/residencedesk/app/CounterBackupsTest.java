package org.residencedesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.domain.account.Role;
import org.residencedesk.port.DatabaseBackups;
import org.residencedesk.service.Operator;
import org.residencedesk.service.ValidationFailure;
import org.residencedesk.service.backup.BackupFailed;
import org.residencedesk.service.backup.BackupService;
import org.residencedesk.storage.DatabaseUnlock;
import org.residencedesk.storage.DerbyDatabaseBackups;
import org.residencedesk.storage.PropertiesBackupSettingsStore;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testing.TestStation;

/**
 * A counter of a multi-counter station takes no backup (ADR 0320): its database is the main PC's, whose network
 * account may not back it up, and a folder typed at the counter would be read as a folder of the main PC. Both the
 * daily backup's settings and a backup now are refused with the message that says where to back up; nothing is
 * written and the refusal leaves no audit entry of a backup.
 */
class CounterBackupsTest {
    static final TestClock CLOCK = TestClock.at("2026-11-28T01:15:00Z");
    static final String WHERE = "未备份：本机是多柜台服务站的柜台，数据库在主机上，请在主机上备份（主机的 系统设置 → 备份，"
            + "或在主机上运行 residence-desk backup）。";

    @TempDir
    Path dataDir;
    @TempDir
    Path usb;

    @Test
    void aCounterSaysToBackUpOnTheMainPc() throws Exception {
        try (AppContext ctx = TestStation.open(dataDir, CLOCK)) {
            Operator admin = TestOperators.signIn(ctx, "beifen", "备份管理员", Role.ADMIN);
            Path db = DataDirectory.database(dataDir);
            DatabaseBackups local = new DerbyDatabaseBackups(ctx.database()::openConnection, db,
                    DatabaseUnlock.databaseId(db), new byte[32]);
            BackupService counter = new BackupService(ctx.transactions(), ctx.auditLog(), ctx.stations(),
                    new CounterBackups(local), new PropertiesBackupSettingsStore(dataDir), ctx.audit(), CLOCK, "test");
            long auditBefore = ctx.transactions().readOnly(() -> ctx.auditLog().count());

            assertThatThrownBy(() -> counter.backup(admin, usb)).isInstanceOf(BackupFailed.class)
                    .hasMessage(WHERE);
            assertThatThrownBy(() -> counter.configure(admin, usb, 3)).isInstanceOf(ValidationFailure.class)
                    .satisfies(e -> assertThat(((ValidationFailure) e).fieldMessages()).containsEntry("folder", WHERE));

            try (var written = Files.list(usb)) {
                assertThat(written).as("nothing written on the counter's side").isEmpty();
            }
            assertThat(counter.list(admin, usb)).as("what this PC can see is still listed").isEmpty();
            assertThat(ctx.transactions().readOnly(() -> ctx.auditLog().count())).isEqualTo(auditBefore);
        }
    }
}
