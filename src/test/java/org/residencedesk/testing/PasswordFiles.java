package org.residencedesk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Password files as an operator must keep them: readable by their owner only (the CLI refuses others). */
public final class PasswordFiles {
    private PasswordFiles() {
    }

    /** Writes {@code firstLine} and a newline to a new 0600 file {@code dir/name} (replacing one left there). */
    public static Path write(Path dir, String name, String firstLine) {
        try {
            Files.deleteIfExists(dir.resolve(name));
            Path file = Files.createFile(dir.resolve(name),
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            return Files.writeString(file, firstLine + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
