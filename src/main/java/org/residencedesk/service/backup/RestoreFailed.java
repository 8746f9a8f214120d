package org.residencedesk.service.backup;

import java.nio.file.Path;
import org.residencedesk.service.Problems;

/**
 * A restore did not happen; {@link #getMessage()} says why in Chinese (bundle keys
 * {@code restore.problem.<REASON>}) and, except for {@link Reason#ROLLBACK_FAILED}, that the station's previous
 * database is in place, unchanged.
 */
public final class RestoreFailed extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why a restore was refused or undone. */
    public enum Reason {
        /** The folder holds no (complete) backup. */
        NOT_A_BACKUP,
        /** The manifest's signature does not hold: changed, or made with another key. */
        MANIFEST_FORGED,
        /** A file of the backup is missing, added or changed. */
        FILE_CHANGED,
        /** This PC holds no key for the database the backup was taken of. */
        KEY_MISSING,
        /** The data folder holds another station's database. */
        OTHER_STATION,
        /** The sign-in against the backup's accounts failed (the detail is the sign-in's own message). */
        NOT_SIGNED_IN,
        /** The account signed in but may not restore. */
        NOT_PERMITTED,
        /** The restored copy does not open with the key, or a table fails the consistency check. */
        DAMAGED,
        /** The restored copy's audit chain does not verify or contradicts the station's signed checkpoints. */
        AUDIT_BROKEN,
        /** The station's database is open in another process (the window, another command). */
        IN_USE,
        /** Swapping in or opening the restored database failed; the previous database was put back. */
        FAILED,
        /** Putting the previous database back failed too; the message names where it is. */
        ROLLBACK_FAILED
    }

    private final Reason reason;

    public RestoreFailed(Reason reason, Path where, Throwable cause) {
        this(reason, Problems.message("restore.problem." + reason.name(), where), cause);
    }

    /** The sign-in against the backup's accounts failed; {@code why} is the sign-in's own message. */
    public static RestoreFailed notSignedIn(String why, Throwable cause) {
        return new RestoreFailed(Reason.NOT_SIGNED_IN, Problems.message("restore.problem.NOT_SIGNED_IN", why), cause);
    }

    private RestoreFailed(Reason reason, String message, Throwable cause) {
        super(reason == Reason.ROLLBACK_FAILED || reason == Reason.FAILED ? message : message + Problems.message("restore.previousKept"), cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
