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
import org.residencedesk.testing.TestStation;
import org.residencedesk.ui.BackgroundWork;

/** 登录 without a window: the real authentication service on a fresh station, sign-in run inline. */
class LoginViewModelTest {
    @TempDir
    Path dataDir;
    AppContext ctx;
    TestClock clock = TestClock.at("2026-11-28T01:00:00Z");
    final List<Operator> signedIn = new ArrayList<>();
    int rejections;

    @BeforeEach
    void open() {
        ctx = TestStation.open(dataDir, clock);
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    private LoginViewModel screen() {
        return new LoginViewModel(ctx.authentication(), false, BackgroundWork.inline());
    }

    private void signIn(LoginViewModel screen, String login, String password) {
        screen.login.set(login);
        screen.password.set(password);
        screen.signIn(signedIn::add, () -> rejections++);
    }

    @Test
    void theRightPasswordSignsInAndLeavesNoPasswordOnScreen() {
        LoginViewModel screen = screen();

        signIn(screen, TestStation.ADMIN, TestStation.ADMIN_PASSWORD);

        assertThat(signedIn).singleElement().satisfies(op -> {
            assertThat(op.login()).isEqualTo("admin");
            assertThat(op.displayName()).isEqualTo("站长");
            assertThat(op.has(Role.ADMIN)).isTrue();
        });
        assertThat(screen.password.get()).isEmpty();
        assertThat(screen.errors.of("password").get()).isEmpty();
        assertThat(screen.busy.get()).as("stays disabled until the main window replaces the screen").isTrue();
        assertThat(rejections).isZero();
        assertThat(lastAudit().action()).isEqualTo(AuditAction.LOGIN_SUCCEEDED);
    }

    @Test
    void aWrongPasswordIsRejectedBesideThePasswordField() {
        LoginViewModel screen = screen();

        signIn(screen, TestStation.ADMIN, "Wrong2026");

        assertThat(signedIn).isEmpty();
        assertThat(rejections).isEqualTo(1);
        assertThat(screen.errors.of("password").get()).isEqualTo("账号或密码错误");
        assertThat(screen.errors.of("login").get()).isEmpty();
        assertThat(screen.password.get()).as("typed again, never kept").isEmpty();
        assertThat(screen.login.get()).isEqualTo("admin");
        assertThat(screen.busy.get()).isFalse();
        assertThat(lastAudit().action()).isEqualTo(AuditAction.LOGIN_FAILED);
    }

    @Test
    void emptyFieldsAreNamedOneByOne() {
        LoginViewModel screen = screen();

        signIn(screen, " ", "");

        assertThat(screen.errors.of("login").get()).isEqualTo("此项必填");
        assertThat(screen.errors.of("password").get()).isEqualTo("此项必填");
        assertThat(signedIn).isEmpty();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForFifteenMinutesEvenForTheRightOne() {
        LoginViewModel screen = screen();
        for (int i = 1; i <= 4; i++) {
            signIn(screen, TestStation.ADMIN, "Wrong2026");
            assertThat(screen.errors.of("password").get()).as("attempt %d", i).isEqualTo("账号或密码错误");
        }

        signIn(screen, TestStation.ADMIN, "Wrong2026");
        assertThat(screen.errors.of("password").get()).isEqualTo("连续输错密码次数过多，账号已锁定15分钟");

        signIn(screen, TestStation.ADMIN, TestStation.ADMIN_PASSWORD);
        assertThat(screen.errors.of("password").get()).isEqualTo("连续输错密码次数过多，账号已锁定15分钟");
        assertThat(signedIn).isEmpty();
        assertThat(rejections).isEqualTo(6);
        assertThat(lastAudit().action()).isEqualTo(AuditAction.LOGIN_LOCKED);

        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        signIn(screen, TestStation.ADMIN, TestStation.ADMIN_PASSWORD);
        assertThat(signedIn).extracting(Operator::login).containsExactly("admin");
    }

    private AuditEntry lastAudit() {
        return ctx.transactions().readOnly(() -> ctx.auditLog().latest(1)).get(0);
    }
}
