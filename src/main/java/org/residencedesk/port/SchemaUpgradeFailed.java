package org.residencedesk.port;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The start stopped at the database upgrade (docs/decisions/0252). Expected in the field — a full disk, a
 * migration that meets data nobody foresaw, an older program on a newer database — so it carries one Chinese
 * message for the user; the log gets the technical cause. In every case the station's database is the one it
 * was before this start, or (only {@link Reason#RESTORE_FAILED}) its pre-upgrade backup is named.
 */
public class SchemaUpgradeFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** How far the upgrade came. */
    public enum Reason {
        /** The automatic backup before the upgrade could not be written; nothing was migrated. */
        BACKUP_FAILED,
        /** A migration failed; the pre-upgrade backup was put back and opens at the old schema. */
        RESTORED,
        /** A migration failed and putting the backup back failed too; the backup folder is named. */
        RESTORE_FAILED,
        /** The database was upgraded by a newer program than this one; nothing was changed. */
        NEWER_SCHEMA
    }

    /** CLI exit code when the database is as before this start (documented in the root command's help). */
    public static final int EXIT_UNCHANGED = 75;
    /** CLI exit code when even the restore failed: someone must restore the named backup by hand. */
    public static final int EXIT_RESTORE_FAILED = 74;

    private static final String BUNDLE = "i18n.storage";
    private final Reason reason;
    private final String from;
    private final String to;
    private final String location;

    /**
     * @param from the schema version before the upgrade
     * @param to the version the upgrade aimed at
     * @param location the pre-upgrade backup (or its folder); never personal data
     */
    public SchemaUpgradeFailed(Reason reason, String from, String to, String location, Throwable cause) {
        super("schema upgrade " + from + " -> " + to + ": " + reason + " (" + location + ")", cause);
        this.reason = reason;
        this.from = from;
        this.to = to;
        this.location = location;
    }

    public Reason reason() {
        return reason;
    }

    /** {@link #EXIT_RESTORE_FAILED} or {@link #EXIT_UNCHANGED}. */
    public int exitCode() {
        return reason == Reason.RESTORE_FAILED ? EXIT_RESTORE_FAILED : EXIT_UNCHANGED;
    }

    /** What the user reads, from {@code i18n/storage.properties}. */
    public String userMessage() {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.SIMPLIFIED_CHINESE);
        String key = switch (reason) {
            case BACKUP_FAILED -> "storage.upgrade.backupFailed";
            case RESTORED -> "storage.upgrade.restored";
            case RESTORE_FAILED -> "storage.upgrade.restoreFailed";
            case NEWER_SCHEMA -> "storage.upgrade.newerSchema";
        };
        return new MessageFormat(bundle.getString(key), Locale.SIMPLIFIED_CHINESE)
                .format(new Object[] {from, to, location});
    }
}
