package org.residencedesk.storage;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** What a Derby database folder says about itself before it is booted. */
final class DerbyFiles {
    private DerbyFiles() {
    }

    static boolean exists(Path directory) {
        return Files.isRegularFile(directory.resolve("service.properties"));
    }

    /** True when the database in {@code directory} was created (or converted) with {@code dataEncryption=true}. */
    static boolean encrypted(Path directory) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(directory.resolve("service.properties"), StandardCharsets.ISO_8859_1)) {
            p.load(r);
        } catch (IOException e) {
            throw new StorageException("cannot read the database's service.properties", e);
        }
        return "true".equalsIgnoreCase(p.getProperty("dataEncryption"));
    }
}
