package org.residencedesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.audit.AuditEntry;
import org.residencedesk.service.Operator;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testing.TestStation;
import org.residencedesk.ui.BackgroundWork;

/** The lock overlay's state without a window: idle lock on the injected clock, unlock, lockout, switch user. */
class LockScreenViewModelTest {
    @TempDir
    Path dataDir;
    private final TestClock clock = TestClock.at("2026-11-28T01:00:00Z");
    private AppContext ctx;
    private Operator clerk;
    private LockScreenViewModel screen;
    private final List<String> unavailable = new ArrayList<>();

    @BeforeEach
    void open() {
        ctx = TestStation.open(dataDir, clock);
        clerk = TestOperators.signIn(ctx, "wangfang", "王芳", Role.WINDOW_STAFF);
        screen = new LockScreenViewModel(clerk, ctx.authentication(),
                new IdleLock(clock, ctx.idleLock().idleTime(clerk)), BackgroundWork.inline());
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @Test
    void theTickLocksAfterTenIdleMinutesAndTheSamePasswordUnlocks() {
        clock.advance(Duration.ofMinutes(9));
        screen.tick();
        assertThat(screen.idleLock().locked().get()).isFalse();
        clock.advance(Duration.ofMinutes(1));
        screen.tick();
        assertThat(screen.idleLock().locked().get()).isTrue();
        assertThat(lastAudit().action()).isEqualTo(AuditAction.SCREEN_LOCKED);
        assertThat(screen.lockedText()).isEqualTo("王芳（wangfang）离开时屏幕已锁定，未保存的内容保留在原处。");

        screen.password.set("Wrong#20260");
        screen.unlock(unavailable::add);
        assertThat(screen.errors.of("password").get()).isEqualTo("密码错误");
        assertThat(screen.password.get()).isEmpty();
        assertThat(screen.idleLock().locked().get()).isTrue();

        screen.password.set(TestOperators.PASSWORD);
        screen.unlock(unavailable::add);
        assertThat(screen.idleLock().locked().get()).isFalse();
        assertThat(screen.errors.of("password").get()).isEmpty();
        assertThat(lastAudit().action()).isEqualTo(AuditAction.SCREEN_UNLOCKED);
        assertThat(unavailable).isEmpty();
    }

    @Test
    void fiveWrongPasswordsLeadBackToTheLoginScreen() {
        screen.lockNow();
        for (int i = 0; i < 5; i++) {
            screen.password.set("Wrong#20260");
            screen.unlock(unavailable::add);
        }
        assertThat(unavailable).containsExactly("连续输错密码次数过多，账号已锁定15分钟");
        assertThat(screen.idleLock().locked().get()).as("the overlay stays until the login screen replaces it")
                .isTrue();
    }

    @Test
    void switchUserSignsOutAndIsAudited() {
        screen.lockNow();
        boolean[] loggedOut = {false};

        screen.switchUser(() -> loggedOut[0] = true);

        assertThat(loggedOut[0]).isTrue();
        assertThat(lastAudit()).satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.LOGOUT);
            assertThat(e.actor()).isEqualTo("wangfang");
        });
    }

    @Test
    void theIdleTimeAnAdministratorSetIsUsed() {
        Operator admin = TestOperators.signIn(ctx, "chenjing", "陈静", Role.ADMIN);
        ctx.idleLock().change(admin, 2);
        IdleLock lock = new IdleLock(clock, ctx.idleLock().idleTime(clerk));
        clock.advance(Duration.ofMinutes(2));
        assertThat(lock.tick()).isTrue();
    }

    private AuditEntry lastAudit() {
        return ctx.transactions().readOnly(() -> ctx.auditLog().latest(1)).get(0);
    }
}
