package org.residencedesk.storage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.residencedesk.port.BootSecretStore;
import org.residencedesk.port.StationLockedException;
import org.residencedesk.port.StationLockedException.Reason;
import org.residencedesk.port.StationSecret;

/**
 * The Linux boot-secret store: one file {@code <directory>/<database-id>.key} per station database, in a
 * folder outside the data folder (by default {@code ~/.config/residence-desk/keys}, or a root-prepared
 * {@code /etc/residence-desk/keys} owned by the counter account). Folder 0700, file 0600; a file or folder
 * that other accounts can read is refused rather than used (docs/decisions/0130).
 */
public final class KeyFileBootSecretStore implements BootSecretStore {
    private static final String HEADER = "residence-desk boot secret v1";
    private static final Pattern DATABASE_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private final Path directory;
    private final SecureRandom random;

    public KeyFileBootSecretStore(Path directory) {
        this(directory, new SecureRandom());
    }

    KeyFileBootSecretStore(Path directory, SecureRandom random) {
        this.directory = directory.toAbsolutePath().normalize();
        this.random = random;
    }

    public Path directory() {
        return directory;
    }

    @Override
    public Optional<StationSecret> find(String databaseId) {
        Path file = file(databaseId);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            // Like ssh: a key others could read may have leaked, one in a folder others can write may be swapped.
            if (Files.isSymbolicLink(file) || PrivateFiles.openToOthers(file) || PrivateFiles.writableByOthers(directory)) {
                throw new StationLockedException(Reason.KEY_UNSAFE, file.toString());
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
            if (lines.size() < 2 || !lines.get(0).equals(HEADER)) {
                throw new StationLockedException(Reason.KEY_UNREADABLE, file.toString());
            }
            byte[] bytes = Base64.getDecoder().decode(lines.get(1).trim());
            try {
                if (bytes.length != StationSecret.LENGTH) {
                    throw new StationLockedException(Reason.KEY_UNREADABLE, file.toString());
                }
                return Optional.of(new StationSecret(bytes));
            } finally {
                Arrays.fill(bytes, (byte) 0);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new StationLockedException(Reason.KEY_UNREADABLE, file.toString(), e);
        }
    }

    @Override
    public StationSecret create(String databaseId) {
        Path file = file(databaseId);
        byte[] bytes = new byte[StationSecret.LENGTH];
        random.nextBytes(bytes);
        byte[] content = (HEADER + "\n" + Base64.getEncoder().encodeToString(bytes) + "\n")
                .getBytes(StandardCharsets.US_ASCII);
        try {
            PrivateFiles.createDirectories(directory);
            if (PrivateFiles.openToOthers(directory)) {
                tighten(directory);
            }
            if (PrivateFiles.writableByOthers(directory)) {
                throw new StationLockedException(Reason.KEY_UNSAFE, directory.toString());
            }
            PrivateFiles.writeAtomically(file, content, false);
            return new StationSecret(bytes);
        } catch (FileAlreadyExistsException e) {
            throw new IllegalStateException("a boot secret exists already for " + databaseId, e);
        } catch (IOException e) {
            throw new StationLockedException(Reason.KEY_UNREADABLE, file.toString(), e);
        } finally {
            Arrays.fill(bytes, (byte) 0);
            Arrays.fill(content, (byte) 0);
        }
    }

    /** An existing key folder of ours becomes 0700; one prepared by root for us stays as root left it. */
    private static void tighten(Path directory) {
        try {
            PrivateFiles.restrict(directory);
        } catch (IOException notOurs) {
            // checked by the caller: refused only if others could write into it
        }
    }

    @Override
    public String location(String databaseId) {
        return file(databaseId).toString();
    }

    private Path file(String databaseId) {
        if (!DATABASE_ID.matcher(databaseId).matches()) {
            throw new IllegalArgumentException("a database id is a lower-case UUID");
        }
        return directory.resolve(databaseId + ".key");
    }
}
