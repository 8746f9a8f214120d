package org.residencedesk.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.residencedesk.port.BootSecretStore;
import org.residencedesk.port.DatabaseBackups.Backup;
import org.residencedesk.port.DatabaseBackups.BackupException;
import org.residencedesk.port.DatabaseBackups.Problem;
import org.residencedesk.port.StationSecret;

/**
 * The file side of a restore (docs/decisions/0157), used while the station's database is closed: checks a backup
 * with the key this PC holds for the database it names, copies it into a staging data folder, tells whether
 * the station's database is open in another process, and moves database folders in and out of place.
 */
public final class RestoreFiles {
    private static final Pattern DATABASE_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private RestoreFiles() {
    }

    /**
     * The backup in {@code backup}, its manifest signature and every file's hash checked with the key this PC
     * holds for the database the manifest names.
     *
     * @throws BackupException NO_MANIFEST, MANIFEST_FORGED, FILE_CHANGED or KEY_MISSING
     */
    public static Backup verify(Path backup, BootSecretStore store) throws BackupException {
        Path folder = backup.toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) {
            throw new BackupException(Problem.NO_MANIFEST, folder, null);
        }
        String id = BackupManifest.databaseId(folder);
        if (id == null || !DATABASE_ID.matcher(id).matches()) {
            throw new BackupException(Problem.MANIFEST_FORGED, folder, null);
        }
        Optional<StationSecret> secret = store.find(id);
        if (secret.isEmpty()) {
            throw new BackupException(Problem.KEY_MISSING, folder, null);
        }
        Backup b = BackupManifest.read(folder, SecretDerivation.derive(secret.get(), BackupManifest.KEY_PURPOSE), true);
        if (!Files.isRegularFile(folder.resolve("db").resolve("service.properties"))) {
            throw new BackupException(Problem.FILE_CHANGED, folder, null);
        }
        return b;
    }

    /** The id in the data folder's {@code database.id}; empty when there is none. */
    public static Optional<String> databaseIdOf(Path dataDir) throws IOException {
        Path file = dataDir.resolve(DatabaseUnlock.ID_FILE);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        return Optional.of(Files.readString(file, StandardCharsets.US_ASCII).trim());
    }

    /** Writes {@code database.id} naming {@code id} when the data folder has none (a wiped data folder). */
    public static void ensureDatabaseId(Path dataDir, String id) throws IOException {
        if (databaseIdOf(dataDir).isEmpty()) {
            PrivateFiles.createDirectories(dataDir);
            PrivateFiles.writeAtomically(dataDir.resolve(DatabaseUnlock.ID_FILE),
                    (id + "\n").getBytes(StandardCharsets.US_ASCII), false);
        }
    }

    /**
     * True while Derby has the database in {@code databaseDir} booted, in this or another process: Derby holds
     * an exclusive lock on {@code dbex.lck} for as long as it runs the database.
     */
    public static boolean inUse(Path databaseDir) {
        Path lock = databaseDir.resolve("dbex.lck");
        if (!Files.isRegularFile(lock, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (FileChannel ch = FileChannel.open(lock, StandardOpenOption.WRITE)) {
            FileLock held = ch.tryLock();
            if (held == null) {
                return true;
            }
            held.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return true; // cannot tell: safer to refuse than to move a database someone runs
        }
    }

    /** A new staging data folder {@code staging} holding the backup's {@code db} and {@code database.id}. */
    public static void stage(Backup backup, Path staging) throws IOException {
        remove(staging);
        PrivateFiles.createDirectories(staging);
        PrivateFiles.restrict(staging);
        Path from = backup.folder();
        try (Stream<Path> all = Files.walk(from.resolve("db"))) {
            for (Path p : all.toList()) {
                Path to = staging.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    PrivateFiles.createDirectories(to);
                } else {
                    Files.copy(p, to, LinkOption.NOFOLLOW_LINKS);
                }
            }
        }
        Files.copy(from.resolve(DatabaseUnlock.ID_FILE), staging.resolve(DatabaseUnlock.ID_FILE));
        PrivateFiles.restrictTree(staging);
    }

    /** Renames {@code from} to {@code to} in one step (same file system: both in the data folder). */
    public static void move(Path from, Path to) throws IOException {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Deletes a folder tree (a staging copy or an older set-aside database; both encrypted). */
    public static void remove(Path folder) throws IOException {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
