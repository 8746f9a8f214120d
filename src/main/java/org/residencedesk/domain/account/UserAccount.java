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
    }

    public Long id() { return id; }

    public String login() { return login; }

    public String displayName() { return displayName; }

    public String passwordHash() { return passwordHash; }

    public boolean isActive() { return active; }

    public int failedLogins() { return failedLogins; }

    public Instant lockedUntil() { return lockedUntil; }

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

    public void recordSuccessfulLogin() {
        failedLogins = 0;
        lockedUntil = null;
    }
}
