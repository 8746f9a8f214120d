package org.residencedesk.ui.setup;

import java.util.Optional;
import org.residencedesk.service.setup.SetupItem;

/** The first-run wizard's steps in order (ADR 0315): 1–2 required, 3–6 may be skipped and done in 系统设置. */
public enum SetupStep {
    STATION(null),
    ADMIN(null),
    CARD_READER(SetupItem.CARD_READER),
    PRINTERS(SetupItem.PRINTERS),
    PLATFORM(SetupItem.PLATFORM),
    BACKUP(SetupItem.BACKUP);

    private final SetupItem item;

    SetupStep(SetupItem item) {
        this.item = item;
    }

    /** 跳过 is offered: the step's setting can be made later in 系统设置. */
    public boolean skippable() {
        return item != null;
    }

    /** What the status bar lists while this step's setting is missing. */
    public Optional<SetupItem> item() {
        return Optional.ofNullable(item);
    }

    /** "1 站点" … in the app bundle. */
    public String titleKey() {
        return "setup.step." + name();
    }
}
