package org.residencedesk.port;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * The daily backup's settings and the outcome of the last backup, kept in the data folder (owner-only, 0600;
 * docs/decisions/0156). No personal data: a folder, a number, a time and a backup's name.
 */
public interface BackupSettingsStore {
    /** Where daily backups go and how many of them are kept. */
    record Settings(Path folder, int keep) {
    }

    /**
     * The last backup attempt.
     *
     * @param backupName the backup written; null when it failed
     * @param problem    why it failed ({@link DatabaseBackups.Problem} name); null when it succeeded
     */
    record LastBackup(Instant at, boolean scheduled, String backupName, String problem) {
        public boolean succeeded() {
            return problem == null;
        }
    }

    /** Empty while no administrator configured a daily backup. */
    Optional<Settings> settings();

    void saveSettings(Settings settings);

    /** The last attempt, by hand or by the daily job. */
    Optional<LastBackup> lastBackup();

    /** The last attempt of the daily job (what decides whether the next one is due). */
    Optional<LastBackup> lastScheduledBackup();

    /** Remembers an attempt; a scheduled one also as {@link #lastScheduledBackup()}. */
    void saveLastBackup(LastBackup last);
}
