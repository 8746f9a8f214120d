package org.residencedesk.service;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.residencedesk.domain.account.UserAccount;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.audit.AuditRecord;
import org.residencedesk.port.AuditLog;
import org.residencedesk.port.PasswordHasher;
import org.residencedesk.port.Transactions;
import org.residencedesk.port.UserRepository;

/**
 * Sign-in with lockout: five wrong passwords in a row lock the account for 15 minutes. Unknown
 * logins and wrong passwords get the same message so logins cannot be probed; every attempt is audited.
 */
public final class AuthenticationService {
    static final int MAX_ATTEMPTS = 5;
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private final Transactions tx;
    private final UserRepository users;
    private final AuditLog audit;
    private final PasswordHasher hasher;
    private final Clock clock;
    /** Checked against when the login is unknown, so that costs what a wrong password costs (no enumeration). */
    private volatile String decoyHash;

    public AuthenticationService(Transactions tx, UserRepository users, AuditLog audit, PasswordHasher hasher,
                                 Clock clock) {
        this.tx = tx;
        this.users = users;
        this.audit = audit;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** @throws ValidationFailure naming the field at fault, with its Chinese message */
    @NoOperator("signing in is how an operator comes to exist")
    public Operator login(String login, char[] password) {
        Problems p = new Problems();
        if (TextRules.isBlank(login)) {
            p.add("login", "validation.required");
        }
        if (password == null || password.length == 0) {
            p.add("password", "validation.required");
        }
        p.throwIfAny();
        String name = login.strip();
        LoginOutcome outcome = tx.inTransaction(() -> attempt(name, password));
        if (outcome.operator().isEmpty()) {
            throw new ValidationFailure(java.util.Map.of("password", Problems.message(outcome.messageKey())));
        }
        return outcome.operator().get();
    }

    private LoginOutcome attempt(String login, char[] password) {
        Optional<UserAccount> found = users.findByLogin(login);
        if (found.isEmpty() || !found.get().isActive()) {
            hasher.matches(password, decoyHash());
            audit.append(AuditRecord.of(login.length() > 32 ? login.substring(0, 32) : login,
                    AuditAction.LOGIN_FAILED, "USER", null));
            return LoginOutcome.failed("login.failed");
        }
        UserAccount account = found.get();
        if (account.isLockedAt(clock.instant())) {
            audit.append(AuditRecord.of(login, AuditAction.LOGIN_LOCKED, "USER", login));
            return LoginOutcome.failed("login.locked");
        }
        if (!hasher.matches(password, account.passwordHash())) {
            account.recordFailedLogin(clock.instant(), MAX_ATTEMPTS, LOCK_DURATION);
            audit.append(AuditRecord.of(login, AuditAction.LOGIN_FAILED, "USER", login));
            return LoginOutcome.failed(account.isLockedAt(clock.instant()) ? "login.locked" : "login.failed");
        }
        account.recordSuccessfulLogin();
        if (hasher.needsRehash(account.passwordHash())) {
            account.replacePasswordHash(hasher.hash(password));
        }
        audit.append(AuditRecord.of(login, AuditAction.LOGIN_SUCCEEDED, "USER", login));
        return new LoginOutcome(Optional.of(new Operator(account.login(), account.displayName(), account.roles())),
                null);
    }

    private String decoyHash() {
        String decoy = decoyHash;
        if (decoy == null) {
            decoy = hasher.hash("no such account".toCharArray());
            decoyHash = decoy;
        }
        return decoy;
    }

    @NoOperator("ends the operator's own session; every signed-in operator may")
    public void logout(Operator operator) {
        tx.run(() -> audit.append(AuditRecord.of(operator.login(), AuditAction.LOGOUT, "USER", operator.login())));
    }

    private record LoginOutcome(Optional<Operator> operator, String messageKey) {
        static LoginOutcome failed(String key) {
            return new LoginOutcome(Optional.empty(), key);
        }
    }
}
