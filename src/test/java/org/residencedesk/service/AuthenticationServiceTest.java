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
import org.residencedesk.port.PasswordHasher;
import org.residencedesk.security.Pbkdf2PasswordHasher;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestStation;

/** An unknown login costs one password check, like a wrong password, and answers the same (no enumeration). */
class AuthenticationServiceTest {
    @TempDir
    Path dataDir;
    private AppContext ctx;
    private final AtomicInteger checks = new AtomicInteger();
    private AuthenticationService service;

    @BeforeEach
    void open() {
        ctx = TestStation.open(dataDir, TestClock.at("2026-11-29T02:00:00Z"));
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

    private String storedHash() {
        return ctx.transactions().readOnly(() -> ctx.users().findByLogin(TestStation.ADMIN).orElseThrow().passwordHash());
    }
}
