package org.residencedesk.domain.permit;

import java.util.Optional;
import java.util.Set;
import org.residencedesk.domain.account.Permission;
import org.residencedesk.domain.account.Role;

/**
 * A step on an application and the permission of the station's one matrix ({@link Permission}) it needs
 * (ADR 0052, docs/decisions/0152): the roles come from the matrix, never from a second list. Platform review
 * and lapse are not taken by staff, so they name no permission.
 */
public enum PermitAction implements Labelled {
    SUBMIT(Permission.PERMIT_APPLY),
    SUPPLY_MATERIALS(Permission.PERMIT_APPLY),
    ACCEPT(Permission.PERMIT_APPLY),
    APPROVE(Permission.PERMIT_REVIEW),
    REJECT(Permission.PERMIT_REVIEW),
    PLATFORM_REVIEW(null),
    PRINT(Permission.CARD_PRINT),
    ISSUE(Permission.CARD_ISSUE),
    ENDORSE(Permission.ENDORSE),
    LAPSE(null),
    REPLACE(Permission.PERMIT_CHANGE),
    REISSUE(Permission.PERMIT_CHANGE),
    CANCEL(Permission.PERMIT_CHANGE);

    private final Permission permission;

    PermitAction(Permission permission) {
        this.permission = permission;
    }

    /** The permission staff need for this step; empty for the platform's and the system's own steps. */
    public Optional<Permission> permission() {
        return Optional.ofNullable(permission);
    }

    /** The roles the matrix grants this step's permission; none for platform review and lapse. */
    public Set<Role> allowedRoles() {
        return permission == null ? Set.of() : permission.roles();
    }

    @Override
    public String labelKey() {
        return "permit.action." + name();
    }
}
