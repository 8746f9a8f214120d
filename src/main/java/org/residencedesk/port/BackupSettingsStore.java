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

    /** Empty while no administrator configured a daily backup, or while the file's settings are refused. */
    Optional<Settings> settings();

    /**
     * Why the file's daily-backup settings are refused (ADR 0314): a key without the other, a retention that is not
     * a whole number of at least 1, an invisible character, an unreadable file. Empty when they are usable or absent.
     */
    default Optional<SettingsProblem> settingsProblem() {
        return Optional.empty();
    }

    /** A refused setting: its key ({@code folder}, {@code keep}; null for the whole file) and the value or position. */
    record SettingsProblem(Kind kind, String key, String detail) {
        /** What is wrong. */
        public enum Kind { UNREADABLE, MISSING, INVISIBLE, NOT_A_NUMBER, TOO_SMALL, NOT_A_PATH }
    }

    void saveSettings(Settings settings);

    /** The last attempt, by hand or by the daily job. */
    Optional<LastBackup> lastBackup();

    /** The last attempt of the daily job (what decides whether the next one is due). */
    Optional<LastBackup> lastScheduledBackup();

    /** Remembers an attempt; a scheduled one also as {@link #lastScheduledBackup()}. */
    void saveLastBackup(LastBackup last);
}
