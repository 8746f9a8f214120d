package org.residencedesk.port;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The station's storage cannot do what was asked, for a reason expected in the field (docs/decisions/0275–0277): a
 * damaged database, a full disk, the data folder in use by another window or command, a folder that has become
 * read-only, or rows another counter held too long. It carries one Chinese message that names the way out and a documented exit code for the command line;
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
        SERVER_UNREACHABLE(68),
        /**
         * A counter's program is newer than the schema the main PC's server keeps (the main PC was not upgraded yet):
         * counters never migrate, so the main PC must be upgraded first; nothing was changed (docs/decisions/0330).
         * EX_PROTOCOL. Message arguments: server, the server's schema version, this program's.
         */
        SERVER_SCHEMA_OLDER(76),
        /**
         * The main PC's server refused the network account's password in {@code counter.properties} (SQLState 08004):
         * the file is an old or hand-edited copy (docs/decisions/0330). A configuration error: EX_CONFIG.
         */
        SERVER_LOGIN_REFUSED(78),
        /**
         * Another counter or a background job (sync, backup, the night check) held the rows this change needed for
         * longer than Derby's lock wait, or the two waited on each other (SQLStates 40XL1, 40XL2, 40001): the whole
         * transaction was rolled back, nothing was saved, the form keeps its input and the same action may simply be
         * repeated (docs/decisions/0362). Outside sysexits' range: 79.
         */
        BUSY(79);

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
    private final String[] details;

    /** @param location the folder concerned (the data or database folder), shown in the message */
    public StationProblem(Kind kind, String location, Throwable cause) {
        this(kind, location, cause, new String[0]);
    }

    /**
     * @param location the folder or server concerned, the message's {0}
     * @param details  further values the message names ({1}, {2}, …): versions, never personal data
     */
    public StationProblem(Kind kind, String location, Throwable cause, String... details) {
        super(kind + " (" + location + (details.length == 0 ? "" : ", " + String.join(", ", details)) + ")", cause);
        this.kind = kind;
        this.location = location;
        this.details = details.clone();
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
        return new MessageFormat(bundle.getString(key), Locale.SIMPLIFIED_CHINESE).format(arguments());
    }

    private Object[] arguments() {
        Object[] args = new Object[1 + details.length];
        args[0] = location;
        System.arraycopy(details, 0, args, 1, details.length);
        return args;
    }
}
