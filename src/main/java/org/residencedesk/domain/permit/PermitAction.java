package org.residencedesk.domain.permit;

import java.util.EnumSet;
import java.util.Set;
import org.residencedesk.domain.account.Role;

/**
 * A step on an application and the roles that may take it (ADR 0052). Platform review and lapse are
 * not taken by staff, so they name no role.
 */
public enum PermitAction implements Labelled {
    SUBMIT(Role.WINDOW_STAFF, Role.CHIEF),
    SUPPLY_MATERIALS(Role.WINDOW_STAFF, Role.CHIEF),
    ACCEPT(Role.WINDOW_STAFF, Role.CHIEF),
    APPROVE(Role.REVIEWER, Role.CHIEF),
    REJECT(Role.REVIEWER, Role.CHIEF),
    PLATFORM_REVIEW,
    PRINT(Role.CLERK),
    ISSUE(Role.CLERK, Role.WINDOW_STAFF),
    ENDORSE(Role.WINDOW_STAFF, Role.CHIEF),
    LAPSE,
    REPLACE(Role.WINDOW_STAFF, Role.CHIEF),
    REISSUE(Role.WINDOW_STAFF, Role.CHIEF),
    CANCEL(Role.WINDOW_STAFF, Role.CHIEF);

    private final Set<Role> allowed;

    PermitAction(Role... allowed) {
        this.allowed = allowed.length == 0 ? Set.of() : Set.copyOf(EnumSet.of(allowed[0], allowed));
    }

    public Set<Role> allowedRoles() {
        return allowed;
    }

    @Override
    public String labelKey() {
        return "permit.action." + name();
    }
}
