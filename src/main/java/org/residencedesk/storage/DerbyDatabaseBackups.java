package org.residencedesk.storage;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.residencedesk.port.DatabaseBackups;
import org.residencedesk.port.StationSecret;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Online backups with Derby's {@code SYSCS_UTIL.SYSCS_BACKUP_DATABASE} (docs/decisions/0155): the copy of the
 * AES-encrypted database stays encrypted under the same boot password, so the backup folder holds no readable
 * personal data. Each backup is {@code <folder>/residence-desk-backup-<UTC time>} (0700, files 0600) with the
 * database copy in {@code db/}, the (not secret) {@code database.id}, and the signed {@link BackupManifest}
 * written last. A copy that fails is removed; if even that fails it has no manifest and is never used.
 */
public final class DerbyDatabaseBackups implements DatabaseBackups {
    private static final Logger LOG = LoggerFactory.getLogger(DerbyDatabaseBackups.class);
    static final String PREFIX = "residence-desk-backup-";
    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final ConnectionSource connections;
    private final Path databaseDir;
    private final String databaseId;
    private final byte[] manifestKey;

    /** @param databaseDir the open database's folder ({@code <data folder>/db}) */
    public DerbyDatabaseBackups(ConnectionSource connections, Path databaseDir, StationSecret secret) {
        this.connections = connections;
        this.databaseDir = databaseDir.toAbsolutePath().normalize();
        this.databaseId = DatabaseUnlock.databaseId(this.databaseDir);
        this.manifestKey = SecretDerivation.derive(secret, BackupManifest.KEY_PURPOSE);
    }

    /**
     * The backups of a database known by id and manifest key rather than by its secret: a counter of a
     * multi-counter station (docs/decisions/0320), whose database lives on the main PC.
     */
    public DerbyDatabaseBackups(ConnectionSource connections, Path databaseDir, String databaseId, byte[] manifestKey) {
        this.connections = connections;
        this.databaseDir = databaseDir.toAbsolutePath().normalize();
        this.databaseId = databaseId;
        this.manifestKey = manifestKey.clone();
    }

    @Override
    public Backup create(Path folder, Label label) throws BackupException {
        Path target = checkedFolder(folder);
        Path backup = newSubFolder(target, label);
        boolean complete = false;
        try {
            try (Connection c = connections.open();
                 CallableStatement call = c.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                call.setString(1, backup.toString());
                call.execute();
            }
            // Derby names the copy after the database folder; the restore expects "db".
            if (!databaseDir.getFileName().toString().equals("db")) {
                Files.move(backup.resolve(databaseDir.getFileName().toString()), backup.resolve("db"));
            }
            Files.deleteIfExists(backup.resolve("db").resolve("BACKUP.HISTORY"));
            PrivateFiles.writeAtomically(backup.resolve(DatabaseUnlock.ID_FILE),
                    (databaseId + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII), false);
            PrivateFiles.restrictTree(backup);
            String schema = schemaVersion();
            PrivateFiles.writeAtomically(backup.resolve(MANIFEST),
                    BackupManifest.write(backup, databaseId, label, schema, manifestKey), false);
            complete = true;
            Backup written = BackupManifest.read(backup, manifestKey, false);
            LOG.info("backup {} written: {} files, {} bytes", written.name(), written.files(), written.bytes());
            return written;
        } catch (SQLException | IOException e) {
            Problem problem = diskFull(e) ? Problem.DISK_FULL : Problem.FAILED;
            LOG.error("backup into {} failed ({})", backup.getFileName(), problem, e);
            throw new BackupException(problem, target, e);
        } finally {
            if (!complete) {
                removeQuietly(backup);
            }
        }
    }

    @Override
    public java.util.Optional<Problem> checkFolder(Path folder) {
        try {
            usableFolder(folder);
            return java.util.Optional.empty();
        } catch (BackupException e) {
            return java.util.Optional.of(e.problem());
        }
    }

    private Path usableFolder(Path folder) throws BackupException {
        Path target = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(target)) {
            throw new BackupException(Problem.FOLDER_MISSING, target, null);
        }
        Path dataFolder = databaseDir.getParent();
        try {
            if (target.toRealPath().startsWith(dataFolder.toRealPath())) {
                throw new BackupException(Problem.INSIDE_DATA_FOLDER, target, null);
            }
        } catch (IOException e) {
            throw new BackupException(Problem.FOLDER_MISSING, target, e);
        }
        if (!Files.isWritable(target)) {
            throw new BackupException(Problem.NOT_WRITABLE, target, null);
        }
        return target;
    }

    /** The folder to back up into: it must exist, be writable, have room and lie outside the data folder. */
    private Path checkedFolder(Path folder) throws BackupException {
        Path target = usableFolder(folder);
        try {
            long needed = size(databaseDir) + 1024 * 1024;
            if (Files.getFileStore(target).getUsableSpace() < needed) {
                throw new BackupException(Problem.DISK_FULL, target, null);
            }
        } catch (IOException e) {
            LOG.warn("free space of the backup folder unknown: {}", e.getClass().getSimpleName());
        }
        return target;
    }

    private static Path newSubFolder(Path target, Label label) throws BackupException {
        String base = PREFIX + NAME_TIME.format(label.createdAt());
        for (int n = 1; n < 100; n++) {
            Path candidate = target.resolve(n == 1 ? base : base + "-" + n);
            try {
                if (PrivateFiles.posix(target)) {
                    Files.createDirectory(candidate, java.nio.file.attribute.PosixFilePermissions
                            .asFileAttribute(PrivateFiles.DIRECTORY));
                    PrivateFiles.restrict(candidate);
                } else {
                    Files.createDirectory(candidate);
                }
                return candidate;
            } catch (FileAlreadyExistsException taken) {
                // twice in the same second: the next name
            } catch (AccessDeniedException e) {
                throw new BackupException(Problem.NOT_WRITABLE, target, e);
            } catch (IOException e) {
                throw new BackupException(diskFull(e) ? Problem.DISK_FULL : Problem.FAILED, target, e);
            }
        }
        throw new BackupException(Problem.FAILED, target, null);
    }

    private String schemaVersion() throws SQLException {
        try (Connection c = connections.open(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" = TRUE AND \"version\" IS NOT NULL"
                        + " ORDER BY \"installed_rank\" DESC FETCH FIRST ROW ONLY")) {
            return rs.next() ? rs.getString(1) : "0";
        }
    }

    private static boolean diskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("No space left") || m.contains("not enough space")
                    || m.contains("Disk quota exceeded"))) {
                return true;
            }
            if (t instanceof SQLException s && s.getNextException() != null && diskFull(s.getNextException())) {
                return true;
            }
        }
        return false;
    }

    private static long size(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    @Override
    public List<Backup> list(Path folder) {
        Path target = folder.toAbsolutePath().normalize();
        List<Backup> found = new ArrayList<>();
        if (!Files.isDirectory(target)) {
            return found;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(target, PREFIX + "*")) {
            for (Path entry : entries) {
                if (!Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                try {
                    Backup b = BackupManifest.read(entry, manifestKey, false);
                    if (b.databaseId().equals(databaseId)) {
                        found.add(b);
                    }
                } catch (BackupException notOurs) {
                    LOG.debug("{} is not a complete backup of this station ({})", entry.getFileName(),
                            notOurs.problem());
                }
            }
        } catch (IOException e) {
            LOG.warn("cannot list the backup folder: {}", e.getClass().getSimpleName());
        }
        found.sort(Comparator.comparing(Backup::createdAt).thenComparing(Backup::name).reversed());
        return found;
    }

    @Override
    public Backup verify(Path backup) throws BackupException {
        Path folder = backup.toAbsolutePath().normalize();
        Backup b = BackupManifest.read(folder, manifestKey, true);
        if (!b.databaseId().equals(databaseId)) {
            throw new BackupException(Problem.OTHER_DATABASE, folder, null);
        }
        return b;
    }

    @Override
    public void delete(Backup backup) throws IOException {
        Backup current;
        try {
            current = BackupManifest.read(backup.folder(), manifestKey, false);
        } catch (BackupException e) {
            throw new IOException("not a complete backup of this station: " + backup.name(), e);
        }
        if (!current.databaseId().equals(databaseId)) {
            throw new IOException("a backup of another station database: " + backup.name());
        }
        // The manifest goes first: from then on the folder is no longer a backup, whatever happens next.
        Files.delete(backup.folder().resolve(MANIFEST));
        removeTree(backup.folder());
    }

    @Override
    public int checkTables() throws BackupException {
        List<String[]> tables = new ArrayList<>();
        try (Connection c = connections.open()) {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT s.SCHEMANAME, t.TABLENAME FROM SYS.SYSTABLES t JOIN SYS.SYSSCHEMAS s"
                            + " ON t.SCHEMAID = s.SCHEMAID WHERE t.TABLETYPE = 'T' ORDER BY 1, 2")) {
                while (rs.next()) {
                    tables.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            try (PreparedStatement check = c.prepareStatement("VALUES SYSCS_UTIL.SYSCS_CHECK_TABLE(?, ?)")) {
                for (String[] t : tables) {
                    check.setString(1, t[0]);
                    check.setString(2, t[1]);
                    try (ResultSet rs = check.executeQuery()) {
                        if (!rs.next() || rs.getInt(1) != 1) {
                            throw new SQLException("check of a table failed");
                        }
                    }
                }
            }
        } catch (SQLException e) {
            LOG.error("database consistency check failed (SQLState {})", e.getSQLState());
            throw new BackupException(Problem.DAMAGED, databaseDir, e);
        }
        return tables.size();
    }

    static void removeQuietly(Path folder) {
        try {
            removeTree(folder);
        } catch (IOException e) {
            LOG.warn("could not remove the unfinished backup {}; it has no manifest and is never used",
                    folder.getFileName());
        }
    }

    private static void removeTree(Path folder) throws IOException {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (var all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
