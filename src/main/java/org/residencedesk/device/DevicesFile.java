package org.residencedesk.device;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;

/**
 * {@code <data-dir>/devices.properties}, this counter PC's devices (card reader port, camera command): read whole,
 * one key changed with the others kept, written owner-only (0600) and replaced atomically.
 */
public final class DevicesFile {
    public static final String FILE_NAME = "devices.properties";

    private final Path file;

    public DevicesFile(Path dataDir) {
        this.file = dataDir.toAbsolutePath().normalize().resolve(FILE_NAME);
    }

    public Path path() {
        return file;
    }

    /** The value of {@code key}, stripped, or "" when the file or the key is missing or the file unreadable. */
    public String get(String key) {
        return load().getProperty(key, "").strip();
    }

    /** Sets {@code key} to {@code value} ("" removes it), keeping every other key. */
    public synchronized void set(String key, String value) {
        Properties devices = load();
        if (value.isEmpty()) {
            devices.remove(key);
        } else {
            devices.setProperty(key, value);
        }
        StringWriter text = new StringWriter();
        try {
            devices.store(text, "ResidenceDesk devices of this counter PC");
            Path temp = file.resolveSibling(FILE_NAME + ".tmp");
            Files.deleteIfExists(temp);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(temp, text.toString(), StandardCharsets.UTF_8);
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every key of the file; empty when it is missing or cannot be read. */
    public Properties load() {
        Properties devices = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                devices.load(r);
            } catch (IOException | IllegalArgumentException e) {
                return new Properties();
            }
        }
        return devices;
    }
}
