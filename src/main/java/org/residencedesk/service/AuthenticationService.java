package org.residencedesk.service;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.residencedesk.domain.account.UserAccount;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.audit.AuditRecord;
import org.residencedesk.port.AuditLog;
import org.residencedesk.port.PasswordHasher;
import org.residencedesk.port.Transactions;
import org.residencedesk.port.UserRepository;

/**
 * Sign-in with lockout: five wrong passwords in a row lock the account for 15 minutes, whether they were typed at
 * the login screen, the lock screen, the password change or given to a command. Unknown logins and wrong
 * passwords get the same message so logins cannot be probed; every attempt is audited. A password an
 * administrator set must be replaced before the account can work (docs/decisions/0160).
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

    /**
     * @throws ValidationFailure naming the field at fault, with its Chinese message
     * @throws PasswordChangeRequired the password was right but an administrator set it: call
     *         {@link #changePassword} before the account can work
     */
    @NoOperator("signing in is how an operator comes to exist")
    public Operator login(String login, char[] password) {
        Problems p = new Problems();
        requireLoginAndPassword(p, login, password, "password");
        p.throwIfAny();
        String name = login.strip();
        Outcome outcome = tx.inTransaction(() -> {
            Outcome checked = check(name, password);
            if (checked.account() == null) {
                return checked;
            }
            UserAccount account = checked.account();
            if (account.mustChangePassword()) {
                audit.append(AuditRecord.of(name, AuditAction.LOGIN_PASSWORD_CHANGE_REQUIRED, "USER", name));
                return Outcome.failed("login.changeRequired");
            }
            audit.append(AuditRecord.of(name, AuditAction.LOGIN_SUCCEEDED, "USER", name));
            return checked;
        });
        if ("login.changeRequired".equals(outcome.messageKey())) {
            throw new PasswordChangeRequired(name);
        }
        return outcome.operatorOrThrow("password");
    }

    /**
     * The holder replaces their password: at the login screen when an administrator set it, or at any time from
     * the window's user menu. The current password is verified like a sign-in (a wrong one counts toward the
     * lockout); the new one must meet {@link PasswordPolicy}, match its confirmation and differ from the current.
     * Clears the duty to change, is audited, and returns the signed-in operator.
     *
     * @throws ValidationFailure with fields {@code login}, {@code currentPassword}, {@code newPassword},
     *         {@code newPasswordConfirm}; nothing is changed then
     */
    @NoOperator("proves the account by its current password, like signing in")
    public Operator changePassword(String login, char[] currentPassword, char[] newPassword, char[] confirmation) {
        Problems p = new Problems();
        requireLoginAndPassword(p, login, currentPassword, "currentPassword");
        PasswordPolicy.checkWithConfirmation(p, "newPassword", "newPasswordConfirm", login, newPassword,
                confirmation);
        if (!p.has("newPassword") && currentPassword != null && Arrays.equals(currentPassword, newPassword)) {
            p.add("newPassword", "validation.password.sameAsCurrent");
        }
        p.throwIfAny();
        String name = login.strip();
        Outcome outcome = tx.inTransaction(() -> {
            Outcome checked = check(name, currentPassword);
            if (checked.account() != null) {
                checked.account().setPassword(hasher.hash(newPassword), false, clock.instant());
                audit.append(AuditRecord.of(name, AuditAction.PASSWORD_CHANGED, "USER", name));
            }
            return checked;
        });
        return outcome.operatorOrThrow("currentPassword");
    }

    /**
     * The window was locked after the idle time; the same operator unlocks it with their password (a wrong one
     * counts toward the lockout).
     *
     * @throws ValidationFailure the password was wrong (field {@code password}); the operator may try again
     * @throws AccountUnavailable the account is locked, disabled or must change its password now: the window goes
     *         back to the login screen
     */
    @NoOperator("the signed-in operator proves their own password again")
    public Operator unlock(Operator current, char[] password) {
        Problems p = new Problems();
        requireLoginAndPassword(p, current.login(), password, "password");
        p.throwIfAny();
        String name = current.login();
        Outcome outcome = tx.inTransaction(() -> {
            if (users.findByLogin(name).filter(UserAccount::isActive).isEmpty()) {
                audit.append(AuditRecord.of(name, AuditAction.LOGIN_FAILED, "USER", name));
                return Outcome.failed("login.unlock.disabled");
            }
            Outcome checked = check(name, password);
            if (checked.account() != null) {
                if (checked.account().mustChangePassword()) {
                    return Outcome.failed("login.unlock.changeRequired");
                }
                audit.append(AuditRecord.of(name, AuditAction.SCREEN_UNLOCKED, "USER", name));
            }
            return checked;
        });
        if (outcome.account() != null) {
            return outcome.operatorOrThrow("password");
        }
        if ("login.failed".equals(outcome.messageKey())) {
            throw new ValidationFailure(Map.of("password", Problems.message("login.unlock.wrong")));
        }
        throw new AccountUnavailable(Problems.message(outcome.messageKey()));
    }

    /** The window locked itself (idle) or was locked by its operator. */
    @NoOperator("records that the operator's own window locked")
    public void screenLocked(Operator operator) {
        tx.run(() -> audit.append(AuditRecord.of(operator.login(), AuditAction.SCREEN_LOCKED, "USER",
                operator.login())));
    }

    @NoOperator("ends the operator's own session; every signed-in operator may")
    public void logout(Operator operator) {
        tx.run(() -> audit.append(AuditRecord.of(operator.login(), AuditAction.LOGOUT, "USER", operator.login())));
    }

    private static void requireLoginAndPassword(Problems p, String login, char[] password, String passwordField) {
        if (TextRules.isBlank(login)) {
            p.add("login", "validation.required");
        }
        if (password == null || password.length == 0) {
            p.add(passwordField, "validation.required");
        }
    }

    /**
     * Checks the password inside the caller's transaction: unknown, disabled, locked and wrong are audited and
     * counted; a right one resets the count, replaces a weaker hash and returns the account (not yet audited).
     */
    private Outcome check(String login, char[] password) {
        Optional<UserAccount> found = users.findByLogin(login);
        if (found.isEmpty() || !found.get().isActive()) {
            hasher.matches(password, decoyHash());
            audit.append(AuditRecord.of(login.length() > 32 ? login.substring(0, 32) : login,
                    AuditAction.LOGIN_FAILED, "USER", null));
            return Outcome.failed("login.failed");
        }
        UserAccount account = found.get();
        if (account.isLockedAt(clock.instant())) {
            audit.append(AuditRecord.of(login, AuditAction.LOGIN_LOCKED, "USER", login));
            return Outcome.failed("login.locked");
        }
        if (!hasher.matches(password, account.passwordHash())) {
            account.recordFailedLogin(clock.instant(), MAX_ATTEMPTS, LOCK_DURATION);
            audit.append(AuditRecord.of(login, AuditAction.LOGIN_FAILED, "USER", login));
            return Outcome.failed(account.isLockedAt(clock.instant()) ? "login.locked" : "login.failed");
        }
        account.recordSuccessfulLogin(clock.instant());
        if (hasher.needsRehash(account.passwordHash())) {
            account.replacePasswordHash(hasher.hash(password));
        }
        return new Outcome(account, null);
    }

    private String decoyHash() {
        String decoy = decoyHash;
        if (decoy == null) {
            decoy = hasher.hash("no such account".toCharArray());
            decoyHash = decoy;
        }
        return decoy;
    }

    /** The only place an operator comes to exist: an account whose password was just verified. */
    private static Operator proven(UserAccount account) {
        return new Operator(account.login(), account.displayName(), account.roles());
    }

    private record Outcome(UserAccount account, String messageKey) {
        static Outcome failed(String key) {
            return new Outcome(null, key);
        }

        Operator operatorOrThrow(String field) {
            if (account == null) {
                throw new ValidationFailure(Map.of(field, Problems.message(messageKey)));
            }
            return proven(account);
        }
    }
}
