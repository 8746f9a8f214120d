package org.residencedesk.ui.shell;

import javafx.scene.input.KeyCode;

/** The counter's work areas, in tab order; Ctrl+1…Ctrl+6 jump to them. */
public enum WorkArea {
    REGISTRATION("main.area.registration", KeyCode.DIGIT1),
    PERMIT("main.area.permit", KeyCode.DIGIT2),
    ENDORSEMENT("main.area.endorsement", KeyCode.DIGIT3),
    QUERY("main.area.query", KeyCode.DIGIT4),
    REPORT("main.area.report", KeyCode.DIGIT5),
    SETTINGS("main.area.settings", KeyCode.DIGIT6);

    private final String titleKey;
    private final KeyCode shortcut;

    WorkArea(String titleKey, KeyCode shortcut) {
        this.titleKey = titleKey;
        this.shortcut = shortcut;
    }

    public String titleKey() { return titleKey; }

    public KeyCode shortcut() { return shortcut; }
}
