package org.residencedesk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import java.util.stream.Stream;
import org.residencedesk.app.AppContext;
import org.residencedesk.storage.PrivateFiles;

/**
 * A migrated, empty station database built once per test JVM and copied into a test's data folder: creating one
 * runs every migration's DDL through Derby (about 3 s of CPU), copying it takes a few milliseconds. Each copy gets
 * its own {@code database.id} and key file, so copies never share audit checkpoints or keys (docs/decisions/0361).
 * Nothing a test sets up is in the template: the station, its administrator and every record come from the test.
 */
public final class StationTemplate {
    private static final String ID_FILE = "database.id";
    private static Path template;

    private StationTemplate() {
    }

    /** Puts a copy of the template in {@code dataDir} unless it already holds a station database. */
    public static void seed(Path dataDir) {
        seed(dataDir, keyDirectory());
    }

    /** The same with the station's key in {@code keys} (the command-line tests keep keys beside the data). */
    public static synchronized void seed(Path dataDir, Path keys) {
        if (Files.exists(dataDir.resolve("db"))) {
            return; // a restart of a station the test made before
        }
        try {
            Path from = template();
            copyTree(from, dataDir);
            String id = UUID.randomUUID().toString();
            PrivateFiles.writeAtomically(dataDir.resolve(ID_FILE), (id + "\n").getBytes(StandardCharsets.US_ASCII), true);
            PrivateFiles.createDirectories(keys);
            Path key = keys.resolve(id + ".key");
            Files.copy(keyDirectory().resolve(idOf(from) + ".key"), key);
            Files.setPosixFilePermissions(key, PrivateFiles.FILE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path template() throws IOException {
        if (template == null) {
            Path dir = Files.createTempDirectory("residence-desk-station-template").resolve("data");
            AppContext.openForTests(dir, TestMasterData.shared(),
                    Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneId.of("Asia/Shanghai"))).close();
            template = dir;
        }
        return template;
    }

    private static String idOf(Path dataDir) throws IOException {
        return Files.readString(dataDir.resolve(ID_FILE), StandardCharsets.US_ASCII).trim();
    }

    /** Where {@code AppContext.openForTests} keeps keys: surefire's target/test-keys, else the user's key folder. */
    private static Path keyDirectory() {
        return org.residencedesk.app.KeyDirectory.resolve(System.getenv(), System.getProperty("user.home"));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        PrivateFiles.createDirectories(to);
        try (Stream<Path> all = Files.walk(from)) {
            for (Path source : (Iterable<Path>) all::iterator) {
                String name = source.getFileName().toString();
                if (name.equals(ID_FILE) || name.equals("db.lck") || name.equals("dbex.lck")) {
                    continue;
                }
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    if (!Files.exists(target)) {
                        Files.createDirectories(target);
                        Files.setPosixFilePermissions(target, PrivateFiles.DIRECTORY);
                    }
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
