package org.residencedesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.service.account.NewUser;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.port.PasswordHasher;
import org.residencedesk.security.Pbkdf2PasswordHasher;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestStation;

/**
 * An unknown login costs one password check, like a wrong password, and answers the same (no enumeration);
 * lockout and its end with an injected clock, across sign-in, password change and unlock; the forced change of a
 * password an administrator set.
 */
class AuthenticationServiceTest {
    @TempDir
    Path dataDir;
    private AppContext ctx;
    private final TestClock clock = TestClock.at("2026-11-29T02:00:00Z");
    private final AtomicInteger checks = new AtomicInteger();
    private AuthenticationService service;

    @BeforeEach
    void open() {
        ctx = TestStation.open(dataDir, clock);
        PasswordHasher real = new Pbkdf2PasswordHasher(1_000);
        PasswordHasher counting = new PasswordHasher() {
            @Override
            public String hash(char[] password) {
                return real.hash(password);
            }

            @Override
            public boolean matches(char[] password, String storedHash) {
                checks.incrementAndGet();
                return real.matches(password, storedHash);
            }
        };
        service = new AuthenticationService(ctx.transactions(), ctx.users(), ctx.auditLog(), counting, ctx.clock());
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @Test
    void anUnknownLoginCostsOnePasswordCheckAndAnswersLikeAWrongPassword() {
        assertThatThrownBy(() -> service.login(TestStation.ADMIN, "wrong".toCharArray()))
                .isInstanceOfSatisfying(ValidationFailure.class,
                        e -> assertThat(e.fieldMessages()).containsExactly(java.util.Map.entry("password", "账号或密码错误")));
        assertThat(checks.getAndSet(0)).as("wrong password").isEqualTo(1);

        assertThatThrownBy(() -> service.login("nobody", "wrong".toCharArray()))
                .isInstanceOfSatisfying(ValidationFailure.class,
                        e -> assertThat(e.fieldMessages()).containsExactly(java.util.Map.entry("password", "账号或密码错误")));
        assertThat(checks.getAndSet(0)).as("unknown login").isEqualTo(1);

        assertThat(service.login(TestStation.ADMIN, TestStation.ADMIN_PASSWORD.toCharArray()).login())
                .isEqualTo(TestStation.ADMIN);
        assertThat(checks.get()).isEqualTo(1);
    }

    @Test
    void aWeakerStoredHashIsReplacedAtTheNextSuccessfulLogin() {
        String before = storedHash();
        assertThat(before).startsWith("pbkdf2-sha256$1000$");
        AuthenticationService stronger = new AuthenticationService(ctx.transactions(), ctx.users(), ctx.auditLog(),
                new Pbkdf2PasswordHasher(2_000), ctx.clock());

        assertThatThrownBy(() -> stronger.login(TestStation.ADMIN, "wrong".toCharArray()))
                .isInstanceOf(ValidationFailure.class);
        assertThat(storedHash()).as("a failed login changes nothing").isEqualTo(before);

        stronger.login(TestStation.ADMIN, TestStation.ADMIN_PASSWORD.toCharArray());
        String after = storedHash();
        assertThat(after).startsWith("pbkdf2-sha256$2000$").isNotEqualTo(before);
        assertThat(new Pbkdf2PasswordHasher(2_000).needsRehash(after)).isFalse();
        assertThat(stronger.login(TestStation.ADMIN, TestStation.ADMIN_PASSWORD.toCharArray()).login())
                .as("the new hash verifies").isEqualTo(TestStation.ADMIN);
        assertThat(storedHash()).as("not rehashed again").isEqualTo(after);
    }

    @Test
    void theProductHashesWithOwaspIterations() {
        assertThat(Pbkdf2PasswordHasher.DEFAULT_ITERATIONS).isGreaterThanOrEqualTo(600_000);
        assertThat(new Pbkdf2PasswordHasher().needsRehash("pbkdf2-sha256$210000$c2FsdA$aGFzaA")).isTrue();
        assertThat(new Pbkdf2PasswordHasher().needsRehash("something-else")).isTrue();
    }

    @Test
    void fiveWrongPasswordsLockForFifteenMinutesCountedByTheInjectedClock() {
        for (int i = 0; i < 4; i++) {
            clock.advance(java.time.Duration.ofMinutes(1));
            assertThatThrownBy(() -> service.login(TestStation.ADMIN, "Wrong#20260".toCharArray()))
                    .isInstanceOfSatisfying(ValidationFailure.class, e -> assertThat(e.fieldMessages())
                            .isEqualTo(java.util.Map.of("password", "账号或密码错误")));
        }
        java.time.Instant fifth = clock.instant().plusSeconds(30);
        clock.set(fifth);
        assertThatThrownBy(() -> service.login(TestStation.ADMIN, "Wrong#20260".toCharArray()))
                .isInstanceOfSatisfying(ValidationFailure.class, e -> assertThat(e.fieldMessages())
                        .isEqualTo(java.util.Map.of("password", "连续输错密码次数过多，账号已锁定15分钟")));
        assertThat(account().lockedUntil()).isEqualTo(fifth.plus(AuthenticationService.LOCK_DURATION));

        clock.set(fifth.plus(AuthenticationService.LOCK_DURATION).minusSeconds(1));
        assertThatThrownBy(() -> service.login(TestStation.ADMIN, TestStation.ADMIN_PASSWORD.toCharArray()))
                .as("one second before the end").isInstanceOf(ValidationFailure.class);
        assertThatThrownBy(() -> service.changePassword(TestStation.ADMIN, TestStation.ADMIN_PASSWORD.toCharArray(),
                "Guanshan#88".toCharArray(), "Guanshan#88".toCharArray()))
                .as("a change cannot get round the lock").isInstanceOfSatisfying(ValidationFailure.class,
                        e -> assertThat(e.fieldMessages()).isEqualTo(
                                java.util.Map.of("currentPassword", "连续输错密码次数过多，账号已锁定15分钟")));

        clock.set(fifth.plus(AuthenticationService.LOCK_DURATION));
        assertThat(service.login(TestStation.ADMIN, TestStation.ADMIN_PASSWORD.toCharArray()).login())
                .isEqualTo(TestStation.ADMIN);
        assertThat(account().failedLogins()).isZero();
        assertThat(account().lastLoginAt()).isEqualTo(clock.instant());
    }

    @Test
    void aPasswordSetByAnAdministratorMustBeChangedBeforeTheAccountWorks() {
        Operator admin = TestOperators.signIn(ctx, "chenjing", "陈静", Role.ADMIN);
        ctx.userAdministration().add(admin, new NewUser("liming", "李明", java.util.Set.of(Role.WINDOW_STAFF),
                "Guanshan#88".toCharArray(), "Guanshan#88".toCharArray()));

        assertThatThrownBy(() -> service.login("liming", "Guanshan#88".toCharArray()))
                .isInstanceOfSatisfying(PasswordChangeRequired.class, e -> assertThat(e.login()).isEqualTo("liming"));
        assertThat(lastAudit().action()).isEqualTo(AuditAction.LOGIN_PASSWORD_CHANGE_REQUIRED);

        assertThatThrownBy(() -> service.changePassword("liming", "Wrong#20260".toCharArray(),
                "Zhuodaoquan#3".toCharArray(), "Zhuodaoquan#3".toCharArray()))
                .as("the current password is verified").isInstanceOfSatisfying(ValidationFailure.class,
                        e -> assertThat(e.fieldMessages()).isEqualTo(java.util.Map.of("currentPassword", "账号或密码错误")));
        assertThat(account("liming").failedLogins()).as("counts toward the lockout").isEqualTo(1);
        assertThatThrownBy(() -> service.changePassword("liming", "Guanshan#88".toCharArray(),
                "Guanshan#88".toCharArray(), "Guanshan#88".toCharArray()))
                .isInstanceOfSatisfying(ValidationFailure.class, e -> assertThat(e.fieldMessages())
                        .isEqualTo(java.util.Map.of("newPassword", "新密码不能与当前密码相同")));
        assertThatThrownBy(() -> service.changePassword("liming", "Guanshan#88".toCharArray(),
                "short".toCharArray(), "short".toCharArray()))
                .isInstanceOfSatisfying(ValidationFailure.class, e -> assertThat(e.fieldMessages())
                        .isEqualTo(java.util.Map.of("newPassword", "密码至少10位")));
        assertThat(account("liming").mustChangePassword()).isTrue();

        Operator li = service.changePassword("liming", "Guanshan#88".toCharArray(), "Zhuodaoquan#3".toCharArray(),
                "Zhuodaoquan#3".toCharArray());

        assertThat(li.login()).isEqualTo("liming");
        assertThat(li.roles()).containsExactly(Role.WINDOW_STAFF);
        assertThat(account("liming").mustChangePassword()).isFalse();
        assertThat(account("liming").passwordChangedAt()).isEqualTo(clock.instant());
        assertThat(lastAudit()).satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.PASSWORD_CHANGED);
            assertThat(e.actor()).isEqualTo("liming");
        });
        assertThat(service.login("liming", "Zhuodaoquan#3".toCharArray()).login()).isEqualTo("liming");
        assertThatThrownBy(() -> service.login("liming", "Guanshan#88".toCharArray()))
                .as("the old password is gone").isInstanceOf(ValidationFailure.class);
    }

    @Test
    void unlockingNeedsTheSameUsersPasswordAndALockedOrDisabledAccountGoesBackToTheLogin() {
        Operator li = TestOperators.signIn(ctx, "liming", "李明", Role.WINDOW_STAFF);
        service.screenLocked(li);
        assertThat(lastAudit().action()).isEqualTo(AuditAction.SCREEN_LOCKED);

        assertThatThrownBy(() -> service.unlock(li, "Wrong#20260".toCharArray()))
                .isInstanceOfSatisfying(ValidationFailure.class, e -> assertThat(e.fieldMessages())
                        .isEqualTo(java.util.Map.of("password", "密码错误")));
        assertThat(service.unlock(li, TestOperators.PASSWORD.toCharArray()).login()).isEqualTo("liming");
        assertThat(lastAudit().action()).isEqualTo(AuditAction.SCREEN_UNLOCKED);

        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> service.unlock(li, "Wrong#20260".toCharArray()))
                    .isInstanceOf(ValidationFailure.class);
        }
        assertThatThrownBy(() -> service.unlock(li, "Wrong#20260".toCharArray()))
                .isInstanceOfSatisfying(AccountUnavailable.class,
                        e -> assertThat(e.getMessage()).isEqualTo("连续输错密码次数过多，账号已锁定15分钟"));
        assertThatThrownBy(() -> service.login("liming", TestOperators.PASSWORD.toCharArray()))
                .as("the lock counts for the login screen too").isInstanceOf(ValidationFailure.class);

        clock.advance(AuthenticationService.LOCK_DURATION);
        Operator admin = TestOperators.signIn(ctx, "chenjing", "陈静", Role.ADMIN);
        ctx.userAdministration().disable(admin, "liming");
        assertThatThrownBy(() -> service.unlock(li, TestOperators.PASSWORD.toCharArray()))
                .isInstanceOfSatisfying(AccountUnavailable.class,
                        e -> assertThat(e.getMessage()).isEqualTo("此账号已被停用，请联系管理员"));
    }

    private org.residencedesk.domain.account.UserAccount account() {
        return account(TestStation.ADMIN);
    }

    private org.residencedesk.domain.account.UserAccount account(String login) {
        return ctx.transactions().readOnly(() -> ctx.users().findByLogin(login).orElseThrow());
    }

    private org.residencedesk.domain.audit.AuditEntry lastAudit() {
        return ctx.transactions().readOnly(() -> ctx.auditLog().latest(1)).get(0);
    }

    private String storedHash() {
        return ctx.transactions().readOnly(() -> ctx.users().findByLogin(TestStation.ADMIN).orElseThrow().passwordHash());
    }
}
