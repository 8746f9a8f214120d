package org.residencedesk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
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
            FileTrees.copy(from, dataDir, StationTemplate::notCopied);
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

    /** The template's own identity and Derby's lock files stay behind: each copy is a station of its own. */
    private static boolean notCopied(Path path) {
        String name = path.getFileName().toString();
        return name.equals(ID_FILE) || name.equals("db.lck") || name.equals("dbex.lck");
    }

    private static String idOf(Path dataDir) throws IOException {
        return Files.readString(dataDir.resolve(ID_FILE), StandardCharsets.US_ASCII).trim();
    }

    /** Where {@code AppContext.openForTests} keeps keys: surefire's target/test-keys, else the user's key folder. */
    private static Path keyDirectory() {
        return org.residencedesk.app.KeyDirectory.resolve(System.getenv(), System.getProperty("user.home"));
    }
}
