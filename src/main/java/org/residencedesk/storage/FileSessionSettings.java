package org.residencedesk.storage;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.Properties;
import org.residencedesk.port.SessionSettingsStore;

/**
 * {@code settings/session.properties} in the data folder, owner-only (0600 in a 0700 folder) and replaced
 * atomically. A missing, unreadable or malformed file reads as "not set", so the default applies rather than no lock.
 */
public final class FileSessionSettings implements SessionSettingsStore {
    private static final String IDLE_LOCK_MINUTES = "idleLockMinutes";
    private final Path file;

    public FileSessionSettings(Path dataDir) {
        this.file = dataDir.resolve("settings").resolve("session.properties");
    }

    public Path file() {
        return file;
    }

    @Override
    public OptionalInt idleLockMinutes() {
        Properties p = new Properties();
        try {
            p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
            return OptionalInt.of(Integer.parseInt(p.getProperty(IDLE_LOCK_MINUTES, "").strip()));
        } catch (NoSuchFileException | NumberFormatException absent) {
            return OptionalInt.empty();
        } catch (IOException | RuntimeException unreadable) {
            org.slf4j.LoggerFactory.getLogger(FileSessionSettings.class)
                    .warn("session settings unreadable, the default idle lock applies", unreadable);
            return OptionalInt.empty();
        }
    }

    @Override
    public void saveIdleLockMinutes(int minutes) {
        String content = "# ResidenceDesk session settings, written by the window (系统设置 > 用户管理)\n"
                + IDLE_LOCK_MINUTES + "=" + minutes + "\n";
        try {
            PrivateFiles.createDirectories(file.getParent());
            PrivateFiles.writeAtomically(file, content.getBytes(StandardCharsets.UTF_8), true);
        } catch (IOException e) {
            throw new StorageException("cannot write " + file, e);
        }
    }
}
