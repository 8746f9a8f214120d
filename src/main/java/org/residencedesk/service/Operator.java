package org.residencedesk.service;

import java.util.Set;
import org.residencedesk.domain.account.Role;

/** The staff member signed in at this counter; every service call that changes data names one. */
public record Operator(String login, String displayName, Set<Role> roles) {
    public Operator {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
