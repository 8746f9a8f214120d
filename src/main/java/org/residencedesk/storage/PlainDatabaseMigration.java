package org.residencedesk.storage;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Converts the plain database of an earlier version into an encrypted one on first start
 * (docs/decisions/0132): copy {@code db} to {@code db.encrypting}, let Derby encrypt the copy in place and turn
 * on authentication, reboot it with the station key and compare the row count of every table with the
 * original, then swap the folders by two renames ({@code db → db.plain}, {@code db.encrypting → db}) and wipe
 * the plain copy. {@link #recover} finishes or rolls back a conversion that a power cut interrupted: a
 * {@code db.plain} folder exists only after the copy was verified.
 */
final class PlainDatabaseMigration {
    private static final Logger LOG = LoggerFactory.getLogger(PlainDatabaseMigration.class);
    static final String WORK = ".encrypting";
    static final String OLD = ".plain";

    private PlainDatabaseMigration() {
    }

    static void encrypt(Path directory, DerbyCredentials credentials) {
        Path work = sibling(directory, WORK);
        Path old = sibling(directory, OLD);
        long started = System.nanoTime();
        try {
            PrivateFiles.wipeTree(work);
            String plainPath = jdbcPath(directory);
            Map<String, Long> before = rowCounts(plainPath, new Properties());
            Database.shutdown(plainPath, null);
            copyTree(directory, work);

            Properties encrypt = Database.attributes(credentials);
            for (String attribute : DerbyCredentials.ENCRYPTION.split(";")) {
                String[] kv = attribute.split("=", 2);
                encrypt.setProperty(kv[0], kv[1]);
            }
            String workPath = jdbcPath(work);
            try (Connection c = DriverManager.getConnection("jdbc:derby:" + workPath, encrypt)) {
                Database.enableAuthentication(c, credentials);
            }
            Database.shutdown(workPath, credentials);
            Map<String, Long> after = rowCounts(workPath, Database.attributes(credentials));
            Database.shutdown(workPath, credentials);
            if (!before.equals(after)) {
                PrivateFiles.wipeTree(work);
                throw new StorageException("the encrypted copy does not hold the same rows as the plain database "
                        + "(tables " + before.size() + " / " + after.size() + "); the plain database is kept", null);
            }
            Files.move(directory, old, StandardCopyOption.ATOMIC_MOVE);
            Files.move(work, directory, StandardCopyOption.ATOMIC_MOVE);
            PrivateFiles.wipeTree(old);
            LOG.info("plain database encrypted and verified ({} tables, {} rows) in {} ms", after.size(),
                    after.values().stream().mapToLong(Long::longValue).sum(), (System.nanoTime() - started) / 1_000_000);
        } catch (IOException | SQLException e) {
            throw new StorageException("cannot encrypt the plain database; it is kept unchanged", e);
        }
    }

    /** Completes a swap a power cut interrupted, or discards an unverified copy. */
    static void recover(Path directory) {
        Path work = sibling(directory, WORK);
        Path old = sibling(directory, OLD);
        try {
            if (Files.exists(old)) {
                if (!DerbyFiles.exists(directory) && DerbyFiles.exists(work)) {
                    Files.move(work, directory, StandardCopyOption.ATOMIC_MOVE);
                    LOG.warn("finished an interrupted switch to the encrypted database");
                }
                if (DerbyFiles.exists(directory) && DerbyFiles.encrypted(directory)) {
                    PrivateFiles.wipeTree(old);
                } else if (!DerbyFiles.exists(directory)) {
                    Files.move(old, directory, StandardCopyOption.ATOMIC_MOVE);
                }
            }
            if (Files.exists(work)) {
                LOG.warn("discarding an unfinished encrypted copy; the conversion starts again");
                PrivateFiles.wipeTree(work);
            }
        } catch (IOException e) {
            throw new StorageException("cannot finish an interrupted database conversion", e);
        }
    }

    /** Rows per user table, keyed by schema and table name. */
    static Map<String, Long> rowCounts(String jdbcPath, Properties attributes) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:derby:" + jdbcPath, attributes);
             Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT s.SCHEMANAME, t.TABLENAME FROM SYS.SYSTABLES t "
                    + "JOIN SYS.SYSSCHEMAS s ON t.SCHEMAID = s.SCHEMAID WHERE t.TABLETYPE = 'T'")) {
                while (rs.next()) {
                    tables.add(quote(rs.getString(1)) + "." + quote(rs.getString(2)));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                PrivateFiles.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (attrs.isRegularFile() && !file.getFileName().toString().endsWith(".lck")) {
                    Path target = to.resolve(from.relativize(file).toString());
                    Files.copy(file, target);
                    PrivateFiles.restrict(target);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    static Path sibling(Path directory, String suffix) {
        return directory.resolveSibling(directory.getFileName() + suffix);
    }

    private static String jdbcPath(Path directory) {
        return directory.toAbsolutePath().toString().replace('\\', '/');
    }
}
