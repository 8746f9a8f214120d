package org.residencedesk.ui.shell;

import javafx.scene.input.KeyCode;
import org.residencedesk.domain.account.Permission;

/**
 * The counter's work areas, in tab order; Ctrl+1…Ctrl+7 jump to them. Each names the permission of the matrix
 * it needs: an operator without it does not see the area at all (docs/permissions.md).
 */
public enum WorkArea {
    REGISTRATION("main.area.registration", KeyCode.DIGIT1, Permission.REGISTRATION_WRITE),
    PERMIT("main.area.permit", KeyCode.DIGIT2, Permission.PERMIT_VIEW),
    ENDORSEMENT("main.area.endorsement", KeyCode.DIGIT3, Permission.ENDORSE),
    QUERY("main.area.query", KeyCode.DIGIT4, Permission.REGISTRATION_SEARCH),
    REPORT("main.area.report", KeyCode.DIGIT5, Permission.REPORTS),
    SETTINGS("main.area.settings", KeyCode.DIGIT6, Permission.SETTINGS_MANAGE),
    /** 平台同步 (issue 13 item 5): every role may look; 立即同步 and 解除告警 need SYNC_RUN. */
    SYNC("main.area.sync", KeyCode.DIGIT7, Permission.SYNC_VIEW);

    private final String titleKey;
    private final KeyCode shortcut;
    private final Permission permission;

    WorkArea(String titleKey, KeyCode shortcut, Permission permission) {
        this.titleKey = titleKey;
        this.shortcut = shortcut;
        this.permission = permission;
    }

    public String titleKey() { return titleKey; }

    /** The area of a remembered name; empty for a name this version does not know. */
    public static java.util.Optional<WorkArea> named(String name) {
        return java.util.Arrays.stream(values()).filter(a -> a.name().equals(name)).findFirst();
    }

    public KeyCode shortcut() { return shortcut; }

    /** What an operator needs to see this area. */
    public Permission permission() { return permission; }
}
