package org.residencedesk.storage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.residencedesk.port.BootSecretStore;
import org.residencedesk.port.StationLockedException;
import org.residencedesk.port.StationLockedException.Reason;
import org.residencedesk.port.StationSecret;

/**
 * Finds the key of the station database before Derby boots it. The data folder names its database by a
 * random id in {@code database.id} (not secret); the key itself lives in the {@link BootSecretStore}, outside
 * the data folder. A new or still-plain database gets a new key; an encrypted database without its key on
 * this PC is refused with a message (docs/decisions/0130).
 */
public final class DatabaseUnlock {
    static final String ID_FILE = "database.id";
    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private DatabaseUnlock() {
    }

    /**
     * @param directory the database folder ({@code <data folder>/db}); its parent, the data folder, is created
     *                  owner-only if missing
     */
    public static DatabaseKey unlock(Path directory, BootSecretStore store) {
        Path dir = directory.toAbsolutePath().normalize();
        Path dataDir = dir.getParent();
        try {
            PrivateFiles.createDirectories(dataDir);
            PrivateFiles.restrict(dataDir);
        } catch (IOException e) {
            throw new StorageException("cannot create the data folder", e);
        }
        PlainDatabaseMigration.recover(dir);
        boolean encrypted = DerbyFiles.exists(dir) && DerbyFiles.encrypted(dir);
        Path idFile = dataDir.resolve(ID_FILE);
        String id = readId(idFile, encrypted);
        Optional<StationSecret> secret = store.find(id);
        if (secret.isPresent()) {
            return new DatabaseKey(secret.get(), store.location(id));
        }
        if (encrypted) {
            throw new StationLockedException(Reason.KEY_MISSING, store.location(id));
        }
        return new DatabaseKey(store.create(id), store.location(id));
    }

    /** The id of the unlocked database in {@code directory} (its data folder's {@code database.id}). */
    public static String databaseId(Path directory) {
        Path idFile = directory.toAbsolutePath().normalize().getParent().resolve(ID_FILE);
        return readId(idFile, true);
    }

    private static String readId(Path idFile, boolean encrypted) {
        try {
            if (Files.exists(idFile)) {
                String id = Files.readString(idFile, StandardCharsets.US_ASCII).trim();
                if (!UUID_TEXT.matcher(id).matches()) {
                    throw new StationLockedException(Reason.DATABASE_ID_DAMAGED, idFile.toString());
                }
                return id;
            }
            if (encrypted) {
                throw new StationLockedException(Reason.DATABASE_ID_DAMAGED, idFile.toString());
            }
            String id = UUID.randomUUID().toString();
            PrivateFiles.writeAtomically(idFile, (id + "\n").getBytes(StandardCharsets.US_ASCII), false);
            return id;
        } catch (IOException e) {
            throw new StorageException("cannot read or write " + idFile.getFileName(), e);
        }
    }
}
