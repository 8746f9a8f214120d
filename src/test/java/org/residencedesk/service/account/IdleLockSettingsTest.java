package org.residencedesk.service.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.audit.AuditEntry;
import org.residencedesk.service.Operator;
import org.residencedesk.service.PermissionDenied;
import org.residencedesk.service.ValidationFailure;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testing.TestStation;

/** The idle time: 10 minutes by default, 1–60 set by an administrator in an owner-only file, audited. */
class IdleLockSettingsTest {
    @TempDir
    Path dataDir;
    private AppContext ctx;

    @BeforeEach
    void open() {
        ctx = TestStation.open(dataDir, TestClock.at("2026-11-28T01:00:00Z"));
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @Test
    void tenMinutesUntilAnAdministratorChangesItThenTheChangeIsKeptInAnOwnerOnlyFileAndAudited() throws Exception {
        Operator clerk = TestOperators.signIn(ctx, "wangfang", "王芳", Role.WINDOW_STAFF);
        Operator admin = TestOperators.signIn(ctx, "chenjing", "陈静", Role.ADMIN);
        assertThat(ctx.idleLock().idleTime(clerk)).isEqualTo(Duration.ofMinutes(10));

        ctx.idleLock().change(admin, 3);

        assertThat(ctx.idleLock().idleTime(clerk)).isEqualTo(Duration.ofMinutes(3));
        assertThat(ctx.idleLock().minutes(admin)).isEqualTo(3);
        Path file = dataDir.resolve("settings").resolve("session.properties");
        assertThat(Files.readAllLines(file)).contains("idleLockMinutes=3");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
                .isEqualTo("rwx------");
        AuditEntry last = ctx.transactions().readOnly(() -> ctx.auditLog().latest(1)).get(0);
        assertThat(last.action()).isEqualTo(AuditAction.IDLE_LOCK_CHANGED);
        assertThat(last.actor()).isEqualTo("chenjing");
        assertThat(last.detail()).isEqualTo("minutes=10->3");
    }

    @Test
    void outsideOneToSixtyMinutesIsRefusedAndOnlyAdministratorsChangeIt() {
        Operator admin = TestOperators.signIn(ctx, "chenjing", "陈静", Role.ADMIN);
        Operator chief = TestOperators.signIn(ctx, "lizz", "李站长", Role.CHIEF);
        for (int bad : new int[] {0, 61, -5}) {
            assertThatThrownBy(() -> ctx.idleLock().change(admin, bad))
                    .isInstanceOfSatisfying(ValidationFailure.class, e -> assertThat(e.fieldMessages())
                            .isEqualTo(Map.of("idleMinutes", "自动锁屏时间应为1到60分钟之间的整数")));
        }
        assertThatThrownBy(() -> ctx.idleLock().change(chief, 5)).isInstanceOf(PermissionDenied.class);
        assertThatThrownBy(() -> ctx.idleLock().minutes(chief)).isInstanceOf(PermissionDenied.class);
        ctx.idleLock().change(admin, 1);
        ctx.idleLock().change(admin, 60);
        assertThat(ctx.idleLock().idleTime(chief)).isEqualTo(Duration.ofMinutes(60));
        assertThat(Files.exists(dataDir.resolve("settings").resolve("session.properties.tmp"))).isFalse();
    }

    @Test
    void aDamagedFileMeansTheDefaultNotNoLock() throws Exception {
        Operator clerk = TestOperators.signIn(ctx, "wangfang", "王芳", Role.WINDOW_STAFF);
        Files.createDirectories(dataDir.resolve("settings"));
        Files.writeString(dataDir.resolve("settings").resolve("session.properties"), "idleLockMinutes=never\n");
        assertThat(ctx.idleLock().idleTime(clerk)).isEqualTo(Duration.ofMinutes(10));
        Files.writeString(dataDir.resolve("settings").resolve("session.properties"), "idleLockMinutes=0\n");
        assertThat(ctx.idleLock().idleTime(clerk)).isEqualTo(Duration.ofMinutes(10));
    }
}
