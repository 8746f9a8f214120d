package org.residencedesk.service.backup;

import java.util.Optional;
import org.residencedesk.port.BackupSettingsStore.LastBackup;
import org.residencedesk.port.BackupSettingsStore.Settings;

/**
 * What the settings screen and {@code backup --status} show: the daily backup's settings (empty: no daily
 * backup is made), the last attempt, successful or not, and why the settings file is refused if it is.
 */
public record BackupStatus(Optional<Settings> settings, Optional<LastBackup> last, Optional<String> settingsProblem) {
    public BackupStatus(Optional<Settings> settings, Optional<LastBackup> last) {
        this(settings, last, Optional.empty());
    }

    /**
     * Why {@code backup-settings.properties} is refused, in Chinese for the 备份 settings and {@code diagnose}
     * (ADR 0314): names the key and the value or position.
     */
    public static String settingsProblemText(org.residencedesk.port.BackupSettingsStore.SettingsProblem problem) {
        String detail = problem.detail() == null ? "" : problem.detail();
        String[] parts = detail.split(" ", 2); // INVISIBLE: "<position> <U+XXXX>"
        return org.residencedesk.service.Problems.message("backup.settings." + problem.kind().name(), problem.key(),
                detail, parts[0], parts.length > 1 ? parts[1] : "");
    }

    public boolean scheduled() {
        return settings.isPresent();
    }

    /** A few Chinese words for why the last backup failed, e.g. "备份文件夹不存在". */
    public static String problemText(String problem) {
        return org.residencedesk.service.Problems.message("backup.short." + problem);
    }
}
