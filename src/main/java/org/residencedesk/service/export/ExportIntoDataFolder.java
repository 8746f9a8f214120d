package org.residencedesk.service.export;

import java.nio.file.Path;

/**
 * The export's target lies inside the station's data folder (docs/decisions/0159). An export is personal data
 * leaving the station in the clear; left in the data folder it would sit, unencrypted, beside the encrypted
 * database and be copied with it. Refused before anything is written or audited.
 */
public final class ExportIntoDataFolder extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Path target;

    ExportIntoDataFolder(Path target) {
        super("export target inside the data folder");
        this.target = target;
    }

    public Path target() {
        return target;
    }
}
