package org.residencedesk.service.backup;

import java.util.List;
import org.residencedesk.port.DatabaseBackups.Backup;

/** A backup written, and the older backups retention removed from the same folder. */
public record BackupResult(Backup backup, List<String> removed) {
    public BackupResult {
        removed = List.copyOf(removed);
    }
}
