package org.residencedesk.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A staff member's login. The password is only ever held as a salted PBKDF2 hash. */
@Entity
@Table(name = "USER_ACCOUNT")
public class UserAccount {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "LOGIN", nullable = false, unique = true, length = 32)
    private String login;

    @Column(name = "DISPLAY_NAME", nullable = false, length = 50)
    private String displayName;

    @Column(name = "PASSWORD_HASH", nullable = false, length = 200)
    private String passwordHash;

    /** Comma-separated {@link Role} names: few roles, read on every permission check, no join needed. */
    @Column(name = "ROLES", nullable = false, length = 200)
    private String roles;

    @Column(name = "ACTIVE", nullable = false)
    private boolean active = true;

    @Column(name = "FAILED_LOGINS", nullable = false)
    private int failedLogins;

    @Column(name = "LOCKED_UNTIL")
    private Instant lockedUntil;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    /** Set when an administrator chose the password (new account, reset): the holder must replace it at sign-in. */
    @Column(name = "MUST_CHANGE_PASSWORD", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "PASSWORD_CHANGED_AT")
    private Instant passwordChangedAt;

    @Column(name = "LAST_LOGIN_AT")
    private Instant lastLoginAt;

    @Version
    @Column(name = "VERSION")
    private int version;

    protected UserAccount() {
    }

    public UserAccount(String login, String displayName, String passwordHash, Set<Role> roles, Instant createdAt) {
        this.login = login;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
        this.createdAt = createdAt;
        this.passwordChangedAt = createdAt;
    }

    public Long id() { return id; }

    public String login() { return login; }

    public String displayName() { return displayName; }

    public String passwordHash() { return passwordHash; }

    public boolean isActive() { return active; }

    public int failedLogins() { return failedLogins; }

    public Instant lockedUntil() { return lockedUntil; }

    public Instant createdAt() { return createdAt; }

    public boolean mustChangePassword() { return mustChangePassword; }

    public Instant passwordChangedAt() { return passwordChangedAt; }

    public Instant lastLoginAt() { return lastLoginAt; }

    public Set<Role> roles() {
        EnumSet<Role> set = EnumSet.noneOf(Role.class);
        Arrays.stream(roles.split(",")).filter(s -> !s.isBlank()).map(Role::valueOf).forEach(set::add);
        return set;
    }

    public boolean hasRole(Role role) {
        return roles().contains(role);
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a failed login; after {@code maxAttempts} in a row the account locks for {@code lockFor}. */
    public void recordFailedLogin(Instant now, int maxAttempts, Duration lockFor) {
        failedLogins++;
        if (failedLogins >= maxAttempts) {
            lockedUntil = now.plus(lockFor);
            failedLogins = 0;
        }
    }

    /** A stronger hash of the same password (after a successful login with a weaker one). */
    public void replacePasswordHash(String strongerHash) {
        this.passwordHash = strongerHash;
    }

    /** The right password was given (sign-in, unlock, password change): the count of wrong ones starts again. */
    public void recordSuccessfulLogin(Instant now) {
        failedLogins = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    /**
     * A new password. {@code chosenByAdministrator} (new account, reset) makes the holder change it at the next
     * sign-in and lifts a lockout; a password the holder chose clears that duty.
     */
    public void setPassword(String hash, boolean chosenByAdministrator, Instant now) {
        this.passwordHash = hash;
        this.mustChangePassword = chosenByAdministrator;
        this.passwordChangedAt = now;
        if (chosenByAdministrator) {
            failedLogins = 0;
            lockedUntil = null;
        }
    }

    public void disable() {
        active = false;
    }

    public void enable() {
        active = true;
    }

    /** @throws IllegalArgumentException for no role: an account without a role could do nothing */
    public void changeRoles(Set<Role> newRoles) {
        if (newRoles.isEmpty()) {
            throw new IllegalArgumentException("an account holds at least one role");
        }
        this.roles = newRoles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }
}
