package org.residencedesk.service.export;

import java.nio.file.Path;

/**
 * Something already has the export's name (a file, a folder or a link) and replacing it was not asked for,
 * or it is a folder; it was left exactly as it was and no export was written or audited.
 */
public final class ExportTargetExists extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Path target;

    ExportTargetExists(Path target) {
        super("export target exists");
        this.target = target;
    }

    public Path target() {
        return target;
    }
}
