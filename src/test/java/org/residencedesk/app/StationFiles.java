package org.residencedesk.app;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.residencedesk.port.StationProblem;

/** Copies and damages station folders for the fault tests (docs/reliability.md). */
final class StationFiles {
    private StationFiles() {
    }

    /** The seg0 file holding the rows of {@code table} (its heap conglomerate, not an index). */
    static String heapFileOf(AppContext ctx, String table) throws SQLException {
        try (Connection c = ctx.database().openConnection(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT c.CONGLOMERATENUMBER FROM SYS.SYSCONGLOMERATES c JOIN SYS.SYSTABLES t ON c.TABLEID = t.TABLEID"
                        + " WHERE t.TABLENAME = '" + table + "' AND NOT c.ISINDEX")) {
            rs.next();
            return "c" + Long.toHexString(rs.getLong(1)) + ".dat";
        }
    }

    static long count(AppContext ctx, String sql) throws SQLException {
        try (Connection c = ctx.database().openConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Writes {@code bytes} at the start of the page in the middle of {@code file} (pages of 4 KiB). */
    static void overwriteMiddle(Path file, byte[] bytes) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.seek(f.length() / 2 / 4096 * 4096);
            f.write(bytes);
        }
    }

    static void cut(Path file, long length) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(length);
        }
    }

    static byte[] garbage(int length, long seed) {
        byte[] b = new byte[length];
        new java.util.Random(seed).nextBytes(b);
        return b;
    }

    /** The one message of {@code kind} for the database in {@code dataDir}, as the user reads it. */
    static String message(StationProblem.Kind kind, Path dataDir) {
        return new StationProblem(kind, dataDir.resolve("db").toString(), null).userMessage();
    }

    /** Lines of {@code text} that look like a stack trace or a Java exception. */
    static List<String> stackLines(String text) {
        return text.lines().filter(l -> l.contains("Exception") || l.contains("at org.") || l.contains("at java.")
                || l.contains("Caused by")).toList();
    }
}
