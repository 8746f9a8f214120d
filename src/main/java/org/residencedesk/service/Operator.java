package org.residencedesk.service;

import java.util.Objects;
import java.util.Set;
import org.residencedesk.domain.account.Permission;
import org.residencedesk.domain.account.Role;

/**
 * The staff member signed in at this counter; every service call names one. Proven, never constructed: the
 * only constructor is package-private and only {@link AuthenticationService} calls it after a successful
 * sign-in (ArchitectureTest and OperatorForgeryTest keep it so), so holding an Operator means a password
 * was checked.
 */
public final class Operator {
    private final String login;
    private final String displayName;
    private final Set<Role> roles;

    Operator(String login, String displayName, Set<Role> roles) {
        this.login = Objects.requireNonNull(login, "login");
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        this.roles = Set.copyOf(roles);
    }

    public String login() {
        return login;
    }

    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Whether the permission matrix grants this operator the permission. */
    public boolean may(Permission permission) {
        return permission.grantedTo(roles);
    }

    /** @throws PermissionDenied when the permission matrix does not grant the permission */
    public void require(Permission permission) {
        if (!may(permission)) {
            throw new PermissionDenied();
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Operator other && login.equals(other.login) && displayName.equals(other.displayName)
                && roles.equals(other.roles);
    }

    @Override
    public int hashCode() {
        return Objects.hash(login, displayName, roles);
    }

    /** The login only: never personal data of residents. */
    @Override
    public String toString() {
        return "Operator[" + login + "]";
    }
}
