package org.residencedesk.service;

import java.util.Set;
import org.residencedesk.domain.account.Permission;
import org.residencedesk.domain.account.Role;

/** The staff member signed in at this counter; every service call that changes data names one. */
public record Operator(String login, String displayName, Set<Role> roles) {
    public Operator {
        roles = Set.copyOf(roles);
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
}
