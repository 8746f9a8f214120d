package org.residencedesk.ui.shell;

import javafx.scene.input.KeyCode;
import org.residencedesk.domain.account.Permission;

/**
 * The counter's work areas, in tab order; Ctrl+0…Ctrl+9 jump to them. Each names the permission of the matrix
 * it needs: an operator without it does not see the area at all (docs/permissions.md).
 */
public enum WorkArea {
    /** 工作台 (ADR 0286): the chief's dashboard, window staff's 我的今日; Ctrl+0. A chief starts here. */
    HOME("main.area.home", KeyCode.DIGIT0, Permission.PERMIT_VIEW),
    REGISTRATION("main.area.registration", KeyCode.DIGIT1, Permission.REGISTRATION_WRITE),
    PERMIT("main.area.permit", KeyCode.DIGIT2, Permission.PERMIT_VIEW),
    ENDORSEMENT("main.area.endorsement", KeyCode.DIGIT3, Permission.ENDORSE),
    QUERY("main.area.query", KeyCode.DIGIT4, Permission.REGISTRATION_SEARCH),
    REPORT("main.area.report", KeyCode.DIGIT5, Permission.REPORTS),
    SETTINGS("main.area.settings", KeyCode.DIGIT6, Permission.SETTINGS_MANAGE),
    OUTFLOW("main.area.outflow", KeyCode.DIGIT7, Permission.OUTFLOW_VIEW),
    VERIFY("main.area.verify", KeyCode.DIGIT8, Permission.VERIFY),
    /** 采集队列 (docs/decisions/0235): a 网格员 sees only this area. */
    COLLECTION("main.area.collection", KeyCode.DIGIT9, Permission.COLLECT);

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
