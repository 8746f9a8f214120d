package org.residencedesk.service.account;

import org.residencedesk.service.Requires;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.residencedesk.domain.account.Permission;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.account.UserAccount;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.audit.AuditRecord;
import org.residencedesk.port.AuditLog;
import org.residencedesk.port.PasswordHasher;
import org.residencedesk.port.Transactions;
import org.residencedesk.port.UserRepository;
import org.residencedesk.service.Operator;
import org.residencedesk.service.PasswordPolicy;
import org.residencedesk.service.PermissionDenied;
import org.residencedesk.service.Problems;
import org.residencedesk.service.TextRules;
import org.residencedesk.service.ValidationFailure;

/**
 * 用户管理 (docs/decisions/0160): the administrator adds accounts, lists them (never a password), disables and
 * enables them, resets a password and changes roles. Every method needs {@link Permission#USERS_MANAGE}, is
 * refused when the acting account was disabled or lost the administrator role since it signed in, and writes its
 * audit entry in the change's transaction. The station always keeps an active administrator: the last one can
 * neither be disabled nor lose the role, and nobody disables themselves. A password an administrator sets (new
 * account, reset) must be changed by its holder at the next sign-in.
 *
 * <p>Refusals are {@link ValidationFailure}s with Chinese messages under the fields {@code login},
 * {@code displayName}, {@code roles}, {@code password}, {@code passwordConfirm} or, for the rules about the
 * station's administrators and one's own account, {@code user}.
 */
public final class UserAdministration {
    private final Transactions tx;
    private final UserRepository users;
    private final AuditLog audit;
    private final PasswordHasher hasher;
    private final Clock clock;

    public UserAdministration(Transactions tx, UserRepository users, AuditLog audit, PasswordHasher hasher,
                              Clock clock) {
        this.tx = tx;
        this.users = users;
        this.audit = audit;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** Every account, by login; audited with the number of rows. */
    @Requires(Permission.USERS_MANAGE)
    public List<UserSummary> list(Operator operator) {
        operator.require(Permission.USERS_MANAGE);
        return tx.inTransaction(() -> {
            requireStillAdministrator(operator);
            List<UserSummary> all = users.findAll().stream().map(this::summary).toList();
            audit.append(new AuditRecord(operator.login(), AuditAction.USERS_LISTED, "LIST", null,
                    "rows=" + all.size()));
            return all;
        });
    }

    /** A new account whose holder must change the initial password at the first sign-in. */
    @Requires(Permission.USERS_MANAGE)
    public UserSummary add(Operator operator, NewUser user) {
        operator.require(Permission.USERS_MANAGE);
        try {
            Problems p = new Problems();
            String login = user.login() == null ? "" : user.login().strip();
            if (login.isEmpty()) {
                p.add("login", "validation.required");
            } else if (!TextRules.isValidLogin(login)) {
                p.add("login", "setup.login.format");
            }
            TextRules.checkText(p, "displayName", user.displayName(), 20);
            if (user.roles() == null || user.roles().isEmpty()) {
                p.add("roles", "users.roles.required");
            }
            PasswordPolicy.checkWithConfirmation(p, "password", "passwordConfirm", login, user.password(),
                    user.passwordConfirm());
            p.throwIfAny();
            return tx.inTransaction(() -> {
                requireStillAdministrator(operator);
                if (users.findByLogin(login).isPresent()) {
                    throw refused("login", "users.login.taken", login);
                }
                UserAccount account = new UserAccount(login, user.displayName().strip(), hasher.hash(user.password()),
                        EnumSet.copyOf(user.roles()), clock.instant());
                account.setPassword(account.passwordHash(), true, clock.instant());
                users.save(account);
                audit.append(new AuditRecord(operator.login(), AuditAction.USER_CREATED, "USER", login,
                        "roles=" + names(account.roles())));
                return summary(account);
            });
        } finally {
            wipe(user.password());
            wipe(user.passwordConfirm());
        }
    }

    /** The account can no longer sign in (its sessions end at the next lock); its records and audit entries stay. */
    @Requires(Permission.USERS_MANAGE)
    public UserSummary disable(Operator operator, String login) {
        operator.require(Permission.USERS_MANAGE);
        return tx.inTransaction(() -> {
            requireStillAdministrator(operator);
            UserAccount account = find(login);
            if (account.login().equals(operator.login())) {
                throw refused("user", "users.disable.self");
            }
            if (account.isActive() && account.hasRole(Role.ADMIN) && activeAdministrators() <= 1) {
                throw refused("user", "users.lastAdministrator.disable");
            }
            if (account.isActive()) {
                account.disable();
                audit.append(AuditRecord.of(operator.login(), AuditAction.USER_DISABLED, "USER", account.login()));
            }
            return summary(account);
        });
    }

    @Requires(Permission.USERS_MANAGE)
    public UserSummary enable(Operator operator, String login) {
        operator.require(Permission.USERS_MANAGE);
        return tx.inTransaction(() -> {
            requireStillAdministrator(operator);
            UserAccount account = find(login);
            if (!account.isActive()) {
                account.enable();
                audit.append(AuditRecord.of(operator.login(), AuditAction.USER_ENABLED, "USER", account.login()));
            }
            return summary(account);
        });
    }

    /**
     * A new password chosen by the administrator: the holder must change it at the next sign-in; a lockout ends.
     * One's own password is changed with {@code AuthenticationService.changePassword} instead.
     */
    @Requires(Permission.USERS_MANAGE)
    public UserSummary resetPassword(Operator operator, String login, char[] password, char[] confirmation) {
        operator.require(Permission.USERS_MANAGE);
        try {
            Problems p = new Problems();
            PasswordPolicy.checkWithConfirmation(p, "password", "passwordConfirm", login, password, confirmation);
            p.throwIfAny();
            return tx.inTransaction(() -> {
                requireStillAdministrator(operator);
                UserAccount account = find(login);
                if (account.login().equals(operator.login())) {
                    throw refused("user", "users.reset.self");
                }
                account.setPassword(hasher.hash(password), true, clock.instant());
                audit.append(AuditRecord.of(operator.login(), AuditAction.USER_PASSWORD_RESET, "USER",
                        account.login()));
                return summary(account);
            });
        } finally {
            wipe(password);
            wipe(confirmation);
        }
    }

    /** Replaces the account's roles (at least one); the last active administrator keeps {@link Role#ADMIN}. */
    @Requires(Permission.USERS_MANAGE)
    public UserSummary setRoles(Operator operator, String login, Set<Role> roles) {
        operator.require(Permission.USERS_MANAGE);
        if (roles == null || roles.isEmpty()) {
            throw refused("roles", "users.roles.required");
        }
        return tx.inTransaction(() -> {
            requireStillAdministrator(operator);
            UserAccount account = find(login);
            Set<Role> before = account.roles();
            if (before.contains(Role.ADMIN) && !roles.contains(Role.ADMIN) && account.isActive()
                    && activeAdministrators() <= 1) {
                throw refused("roles", "users.lastAdministrator.role");
            }
            if (!before.equals(EnumSet.copyOf(roles))) {
                account.changeRoles(EnumSet.copyOf(roles));
                audit.append(new AuditRecord(operator.login(), AuditAction.USER_ROLES_CHANGED, "USER",
                        account.login(), "roles=" + names(before) + "->" + names(account.roles())));
            }
            return summary(account);
        });
    }

    /** The acting account as stored now: disabled or no longer an administrator since it signed in → refused. */
    private void requireStillAdministrator(Operator operator) {
        boolean still = users.findByLogin(operator.login())
                .filter(UserAccount::isActive)
                .filter(a -> Permission.USERS_MANAGE.grantedTo(a.roles()))
                .isPresent();
        if (!still) {
            throw new PermissionDenied();
        }
    }

    private UserAccount find(String login) {
        String name = login == null ? "" : login.strip();
        return users.findByLogin(name).orElseThrow(() -> refused("login", "users.login.unknown", name));
    }

    private long activeAdministrators() {
        return users.findAll().stream().filter(UserAccount::isActive).filter(a -> a.hasRole(Role.ADMIN)).count();
    }

    private UserSummary summary(UserAccount a) {
        return new UserSummary(a.login(), a.displayName(), a.roles(), a.isActive(), a.isLockedAt(clock.instant()),
                a.mustChangePassword(), a.createdAt(), a.lastLoginAt());
    }

    private static String names(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }

    private static ValidationFailure refused(String field, String key, Object... args) {
        return new ValidationFailure(java.util.Map.of(field, Problems.message(key, args)));
    }

    private static void wipe(char[] secret) {
        if (secret != null) {
            Arrays.fill(secret, '\0');
        }
    }
}
