package org.residencedesk.storage;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** What a Derby database folder says about itself before it is booted. */
final class DerbyFiles {
    /** Derby writes this line last into every service.properties; a file without it was cut off. */
    static final String LAST_LINE = "#--- last line, don't put anything after this line ---";

    private DerbyFiles() {
    }

    static boolean exists(Path directory) {
        return Files.isRegularFile(directory.resolve("service.properties"));
    }

    /**
     * Refuses a database folder whose {@code service.properties} is missing (while pages exist), unreadable, cut off
     * or without the entries every encrypted station database has: booting it would fail with a technical error or,
     * worse, take the database for a plain one of an earlier version (docs/decisions/0275).
     *
     * @throws org.residencedesk.port.StationProblem DAMAGED
     */
    static void refuseDamagedServiceFile(Path directory) {
        Path file = directory.resolve("service.properties");
        boolean pages = Files.isDirectory(directory.resolve("seg0"));
        if (!Files.exists(file)) {
            if (pages) {
                throw damaged(directory, "service.properties missing");
            }
            return;
        }
        Properties p = new Properties();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.ISO_8859_1);
            p.load(new java.io.StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw damaged(directory, "service.properties unreadable: " + e.getClass().getSimpleName());
        }
        if (!text.contains(LAST_LINE) && !text.endsWith("\n")) {
            // Derby writes the marker as the last line; the copy in an online backup has no marker but ends
            // with a whole line, so only a file that stops mid-line counts as cut off
            throw damaged(directory, "service.properties cut off");
        }
        if (p.getProperty("derby.serviceProtocol") == null) {
            throw damaged(directory, "service.properties without derby.serviceProtocol");
        }
        boolean encrypted = "true".equalsIgnoreCase(p.getProperty("dataEncryption"));
        if (encrypted && (p.getProperty("encryptedBootPassword") == null || p.getProperty("encryptionAlgorithm") == null)) {
            throw damaged(directory, "service.properties of an encrypted database without its key entries");
        }
    }

    private static org.residencedesk.port.StationProblem damaged(Path directory, String why) {
        org.slf4j.LoggerFactory.getLogger(DerbyFiles.class).error("database folder damaged: {}", why);
        return new org.residencedesk.port.StationProblem(org.residencedesk.port.StationProblem.Kind.DAMAGED,
                directory.toString(), null);
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
