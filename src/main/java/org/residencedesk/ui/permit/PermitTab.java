package org.residencedesk.ui.permit;

import org.residencedesk.domain.account.Permission;

/**
 * The tabs of the 居住证 area, in their order on screen, each with the permission of the matrix it needs: an
 * operator without it does not see the tab (approve/reject, print card and issue live on their tabs).
 */
public enum PermitTab {
    APPLY(Permission.PERMIT_APPLY),
    REVIEW(Permission.PERMIT_REVIEW),
    PRINT(Permission.CARD_PRINT),
    COLLECTION(Permission.CARD_ISSUE),
    MATERIALS(Permission.PERMIT_APPLY),
    ONLINE(Permission.ONLINE_HANDLE);

    private final Permission permission;

    PermitTab(Permission permission) {
        this.permission = permission;
    }

    public Permission permission() {
        return permission;
    }
}
