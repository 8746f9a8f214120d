package org.residencedesk.port;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Copies of the open station database taken while it runs (docs/decisions/0155): each backup is a new dated
 * sub-folder of the folder given, holding the database files exactly as the database keeps them (encrypted
 * under the station key) and, written last and atomically, a manifest that names the station, the time, the
 * versions, the audit chain head and the SHA-256 of every file, signed with a key derived from the station
 * secret. A sub-folder without a valid manifest is not a backup: it is never listed, verified, restored or
 * deleted.
 */
public interface DatabaseBackups {
    /** The name of the manifest file in every backup folder. */
    String MANIFEST = "manifest.txt";

    /** What the service states about a new backup; signed into its manifest. */
    record Label(String stationCode, Instant createdAt, String appVersion, long auditSeq, String auditHash) {
    }

    /**
     * A complete backup as its manifest describes it.
     *
     * @param auditSeq the audit chain held at least this entry, with {@code auditHash}, when the copy began
     */
    record Backup(Path folder, String stationCode, String databaseId, Instant createdAt, String appVersion,
                  String schemaVersion, long auditSeq, String auditHash, int files, long bytes) {
        public String name() {
            return folder.getFileName().toString();
        }
    }

    /** Why a backup could not be written, or a folder is not a usable backup. */
    enum Problem {
        /** The folder to back up into does not exist (a disconnected drive, a typo); nothing was created. */
        FOLDER_MISSING,
        /** The folder exists but this account may not write into it. */
        NOT_WRITABLE,
        /** Not enough free space, before or while copying. */
        DISK_FULL,
        /** The folder lies inside the data folder: a backup there is lost with the data folder. */
        INSIDE_DATA_FOLDER,
        /** The copy failed for another reason (logged). */
        FAILED,
        /** No manifest: not a backup, or one whose writing never finished. */
        NO_MANIFEST,
        /** The manifest's signature does not hold (changed, or made with another station's key). */
        MANIFEST_FORGED,
        /** A file is missing, added or differs from its hash in the manifest. */
        FILE_CHANGED,
        /** A valid backup of another station database. */
        OTHER_DATABASE,
        /** This PC holds no key for the database the backup was taken of. */
        KEY_MISSING,
        /** A table of the database fails Derby's consistency check. */
        DAMAGED,
        /** This PC is a counter of a multi-counter station: the database and its backups live on the main PC. */
        ON_COUNTER
    }

    /** A backup could not be written or used; nothing half-written is left marked complete. */
    final class BackupException extends Exception {
        private static final long serialVersionUID = 1L;
        private final Problem problem;
        private final transient Path path;

        public BackupException(Problem problem, Path path, Throwable cause) {
            super(problem + ": " + path, cause);
            this.problem = problem;
            this.path = path;
        }

        public Problem problem() {
            return problem;
        }

        public Path path() {
            return path;
        }
    }

    /**
     * What would stop a backup into {@code folder} now: {@link Problem#FOLDER_MISSING},
     * {@link Problem#NOT_WRITABLE} or {@link Problem#INSIDE_DATA_FOLDER}; empty when it can take one.
     */
    java.util.Optional<Problem> checkFolder(Path folder);

    /** Backs the open database up into a new sub-folder of {@code folder} (which must exist). */
    Backup create(Path folder, Label label) throws BackupException;

    /** The complete backups of this station database in {@code folder}, newest first; anything else is ignored. */
    List<Backup> list(Path folder);

    /** Reads the manifest of {@code backup}, checks its signature and every file's hash. */
    Backup verify(Path backup) throws BackupException;

    /** Removes one complete backup of this station database (retention). */
    void delete(Backup backup) throws IOException;

    /**
     * Checks every table and index of the open database with Derby's consistency check.
     *
     * @return the number of tables checked
     * @throws BackupException {@link Problem#DAMAGED} naming no data, only that a table failed
     */
    int checkTables() throws BackupException;
}
