package org.residencedesk.ui.shell;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.residencedesk.domain.account.Permission;

/**
 * The counter's work areas, in tab order. Ctrl+1…Ctrl+9 and Ctrl+0 jump to the ten areas of the counter's daily
 * work (登记簿 is Ctrl+0); the two areas with no digit left, 平台同步 and the chief's 工作台, have Ctrl+Shift and the
 * initial of their pinyin (ADR 0295). Each names the permission of the matrix it needs: an operator without it does
 * not see the area at all (docs/permissions.md).
 */
public enum WorkArea {
    /** 工作台 (ADR 0286): the chief's dashboard, window staff's 我的今日; Ctrl+Shift+G (gōngzuòtái). A chief starts here. */
    HOME("main.area.home", initial(KeyCode.G), Permission.PERMIT_VIEW),
    REGISTRATION("main.area.registration", digit(KeyCode.DIGIT1), Permission.REGISTRATION_WRITE),
    PERMIT("main.area.permit", digit(KeyCode.DIGIT2), Permission.PERMIT_VIEW),
    ENDORSEMENT("main.area.endorsement", digit(KeyCode.DIGIT3), Permission.ENDORSE),
    QUERY("main.area.query", digit(KeyCode.DIGIT4), Permission.REGISTRATION_SEARCH),
    /** 登记簿 (houses and employers): Ctrl+0, so the older areas keep their keys (ADR 0260). */
    REGISTER("main.area.register", digit(KeyCode.DIGIT0), Permission.REGISTER_VIEW),
    REPORT("main.area.report", digit(KeyCode.DIGIT5), Permission.REPORTS),
    SETTINGS("main.area.settings", digit(KeyCode.DIGIT6), Permission.SETTINGS_MANAGE),
    OUTFLOW("main.area.outflow", digit(KeyCode.DIGIT7), Permission.OUTFLOW_VIEW),
    VERIFY("main.area.verify", digit(KeyCode.DIGIT8), Permission.VERIFY),
    /** 采集队列 (docs/decisions/0235): a 网格员 sees only this area. */
    COLLECTION("main.area.collection", digit(KeyCode.DIGIT9), Permission.COLLECT),
    /** 平台同步 (issue 13 item 5, Ctrl+Shift+T for 同步 tóngbù): every role may look; 立即同步 and 解除告警 need SYNC_RUN. */
    SYNC("main.area.sync", initial(KeyCode.T), Permission.SYNC_VIEW);

    private final String titleKey;
    private final KeyCombination shortcut;
    private final Permission permission;

    WorkArea(String titleKey, KeyCombination shortcut, Permission permission) {
        this.titleKey = titleKey;
        this.shortcut = shortcut;
        this.permission = permission;
    }

    private static KeyCombination digit(KeyCode digit) {
        return new KeyCodeCombination(digit, KeyCombination.SHORTCUT_DOWN);
    }

    private static KeyCombination initial(KeyCode letter) {
        return new KeyCodeCombination(letter, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    }

    public String titleKey() { return titleKey; }

    /** The area of a remembered name; empty for a name this version does not know. */
    public static java.util.Optional<WorkArea> named(String name) {
        return java.util.Arrays.stream(values()).filter(a -> a.name().equals(name)).findFirst();
    }

    /** The key combination that brings this area to the front. */
    public KeyCombination shortcut() { return shortcut; }

    /** What an operator needs to see this area. */
    public Permission permission() { return permission; }
}
