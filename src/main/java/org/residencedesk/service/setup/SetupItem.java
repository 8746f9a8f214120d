package org.residencedesk.service.setup;

/** What the first-run wizard may leave for later (its steps 3–6), in the wizard's order (ADR 0316). */
public enum SetupItem {
    /** 读卡器. */
    CARD_READER,
    /** 打印机. */
    PRINTERS,
    /** 平台. */
    PLATFORM,
    /** 备份. */
    BACKUP;

    /** Its Chinese name in the app bundle. */
    public String labelKey() {
        return "setup.item." + name();
    }
}
