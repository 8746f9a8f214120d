package org.residencedesk.service.backup;

import java.util.Optional;
import org.residencedesk.port.BackupSettingsStore.LastBackup;
import org.residencedesk.port.BackupSettingsStore.Settings;

/**
 * What the settings screen and {@code backup --status} show: the daily backup's settings (empty: no daily
 * backup is made) and the last attempt, successful or not.
 */
public record BackupStatus(Optional<Settings> settings, Optional<LastBackup> last) {
    public boolean scheduled() {
        return settings.isPresent();
    }

    /** A few Chinese words for why the last backup failed, e.g. "备份文件夹不存在". */
    public static String problemText(String problem) {
        return org.residencedesk.service.Problems.message("backup.short." + problem);
    }
}
