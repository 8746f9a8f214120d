package org.residencedesk.port;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The station's storage cannot do what was asked, for a reason expected in the field (docs/decisions/0275–0277): a
 * damaged database, a full disk, the data folder in use by another window or command, or a folder that has become
 * read-only. It carries one Chinese message that names the way out and a documented exit code for the command line;
 * the log gets the technical detail where it happened, the user never a stack trace. Nothing was written.
 */
public class StationProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What went wrong; each has its message ({@code storage.problem.<kind>}) and exit code (README, root help). */
    public enum Kind {
        /** A page, the log or {@code service.properties} is damaged: writes are refused, the way out is a restore. */
        DAMAGED(65),
        /** No space left where the database (or a backup) is written. */
        DISK_FULL(73),
        /** Another window or command of this or another PC has the database open (Derby's lock). */
        IN_USE(69),
        /** The data folder may not be written (a read-only mount, an immutable folder). */
        READ_ONLY(77),
        /**
         * A counter of a multi-counter station cannot reach the main PC's database server (off, unplugged, {@code
         * serve-db} stopped): nothing was saved, the form keeps its input (docs/decisions/0320). EX_NOHOST.
         */
        SERVER_UNREACHABLE(68);

        private final int exitCode;

        Kind(int exitCode) {
            this.exitCode = exitCode;
        }

        /** The command line's exit code for this problem. */
        public int exitCode() {
            return exitCode;
        }
    }

    private static final String BUNDLE = "i18n.storage";
    private final Kind kind;
    private final String location;

    /** @param location the folder concerned (the data or database folder), shown in the message */
    public StationProblem(Kind kind, String location, Throwable cause) {
        super(kind + " (" + location + ")", cause);
        this.kind = kind;
        this.location = location;
    }

    public Kind kind() {
        return kind;
    }

    public int exitCode() {
        return kind.exitCode();
    }

    /** What the user reads, from {@code i18n/storage.properties}. */
    public String userMessage() {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.SIMPLIFIED_CHINESE);
        String key = "storage.problem." + kind.name().toLowerCase(Locale.ROOT).replace('_', '.');
        return new MessageFormat(bundle.getString(key), Locale.SIMPLIFIED_CHINESE).format(new Object[] {location});
    }
}
