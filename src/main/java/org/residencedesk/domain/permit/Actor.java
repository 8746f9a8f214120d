package org.residencedesk.domain.permit;

import java.util.Objects;
import java.util.Set;
import org.residencedesk.domain.account.Role;

/**
 * Who takes a step: login plus roles (the service maps its signed-in operator to this; the domain
 * cannot depend on the service layer). The login is a staff account name, not personal data of residents.
 */
public record Actor(String login, Set<Role> roles) {
    /** The provincial platform, author of review results received from the inbox. */
    public static final Actor PLATFORM = new Actor("platform", Set.of());
    /** The product itself, author of automatic transitions such as lapse. */
    public static final Actor SYSTEM = new Actor("system", Set.of());

    public Actor {
        Objects.requireNonNull(login, "login");
        roles = Set.copyOf(roles);
    }

    public static Actor of(String login, Role... roles) {
        return new Actor(login, Set.of(roles));
    }

    public boolean mayTake(PermitAction action) {
        return action.allowedRoles().stream().anyMatch(roles::contains);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
