package org.residencedesk.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Takes a station database back to an older schema version with the undo scripts in {@code db/undo}. */
final class MigrationUndo {
    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    static final Path UNDO = Path.of("src/test/resources/db/undo");
    private static final Pattern VERSION = Pattern.compile("V(\\d+)__.*\\.sql");

    private MigrationUndo() {
    }

    /** The versions of the product's migrations, ascending. */
    static List<Integer> migrationVersions() {
        return versionsIn(MIGRATIONS);
    }

    static Path undoScript(int version) {
        return UNDO.resolve("V" + version + "__undo.sql");
    }

    /** Undoes every migration newer than {@code version}, newest first, and removes it from Flyway's history. */
    static void undoAfter(Connection c, int version) throws SQLException {
        List<Integer> newer = migrationVersions().stream().filter(v -> v > version)
                .sorted(Comparator.reverseOrder()).toList();
        for (int v : newer) {
            try (Statement st = c.createStatement()) {
                for (String sql : read(undoScript(v)).split(";")) {
                    if (!sql.isBlank()) {
                        st.executeUpdate(sql.strip());
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM \"flyway_schema_history\" WHERE \"version\" = ?")) {
                ps.setString(1, Integer.toString(v));
                ps.executeUpdate();
            }
        }
    }

    private static List<Integer> versionsIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> VERSION.matcher(p.getFileName().toString())).filter(Matcher::matches)
                    .map(m -> Integer.parseInt(m.group(1))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("no undo script " + file + " (see db/undo/README.md)", e);
        }
    }
}
