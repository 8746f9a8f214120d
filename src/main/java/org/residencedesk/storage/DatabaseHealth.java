package org.residencedesk.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.residencedesk.port.HealthReport.Check;
import org.residencedesk.port.HealthReport.Status;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database part of 诊断 (docs/decisions/0253): size on disk, encryption, schema version, the platform
 * outbox backlog, and Derby's {@code SYSCS_CHECK_TABLE} over every table within a time bound, smallest table first; a table
 * whose expected check time does not fit in what is left of the bound is not started (a running check cannot be
 * stopped), it is counted and named as not reached (ADR 0366). Read-only: it never migrates or writes. {@link #inspectClosed} boots a
 * database no process has open, with the station key, and shuts it down after.
 */
public final class DatabaseHealth {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseHealth.class);

    private DatabaseHealth() {
    }

    /** The check of the open database behind {@code connections}. */
    public static Check inspect(ConnectionSource connections, Path databaseDir, Duration budget) {
        return inspect(connections, databaseDir, budget, org.residencedesk.port.CommitWitness.NONE);
    }

    /**
     * The same, and whether the database holds the audit entry the commit witness names (fact {@code commitWitness}:
     * OK, LOST — confirmed changes lost, ATTENTION —, MISSING or UNREADABLE; docs/decisions/0363).
     */
    public static Check inspect(ConnectionSource connections, Path databaseDir, Duration budget,
                                org.residencedesk.port.CommitWitness witness) {
        return inspect(connections, databaseDir, budget, witness, Pace.STANDARD);
    }

    /**
     * How long checking a table is expected to take per kilobyte of its pages (heap and indexes): never less than
     * {@code nanosPerKb}, and, when {@code calibrated}, at least what the tables checked so far in this round took.
     * A table whose expected time does not fit in what is left of the bound is not started (ADR 0366).
     */
    record Pace(double nanosPerKb, boolean calibrated) {
        /** 20 µs per KB (≈ 50 MB/s, a quiet PC checks several times faster), then as measured. */
        static final Pace STANDARD = new Pace(20_000, true);
    }

    /** A table with its pages' size (Derby's SYSCS_DIAG.SPACE_TABLE); smallest first. */
    record SizedTable(String schema, String name, long kilobytes) {
    }

    /** The same with the pace given (tests fix it so the choice of tables does not depend on the machine). */
    static Check inspect(ConnectionSource connections, Path databaseDir, Duration budget, Pace pace) {
        return inspect(connections, databaseDir, budget, org.residencedesk.port.CommitWitness.NONE, pace);
    }

    private static Check inspect(ConnectionSource connections, Path databaseDir, Duration budget,
                                 org.residencedesk.port.CommitWitness witness, Pace pace) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("folder", databaseDir.toAbsolutePath().normalize().toString());
        facts.put("sizeBytes", size(databaseDir));
        facts.put("encrypted", DerbyFiles.encrypted(databaseDir));
        Status status = DerbyFiles.encrypted(databaseDir) ? Status.OK : Status.ATTENTION;
        try (Connection c = connections.open()) {
            facts.put("schemaVersion", schemaVersion(c));
            facts.put("stationCode", stationCode(c)); // not personal: the platform's header names it on every call
            facts.put("outboxBacklog", count(c, "SELECT COUNT(*) FROM OUTBOX_EVENT WHERE STATUS = 'PENDING'"));
            facts.put("outboxFailed", count(c, "SELECT COUNT(*) FROM OUTBOX_EVENT WHERE STATUS = 'FAILED'"));
            if (!witnessed(c, witness, facts)) {
                status = Status.ATTENTION;
            }
            List<SizedTable> tables = tables(c);
            long deadline = System.nanoTime() + budget.toNanos();
            int checked = 0;
            List<String> failed = new ArrayList<>();
            List<String> notReached = new ArrayList<>();
            long checkedKb = 0;
            long checkedNanos = 0;
            for (SizedTable t : tables) { // smallest first: a bound reaches as many tables as it can
                long remaining = deadline - System.nanoTime();
                double nanosPerKb = Math.max(pace.nanosPerKb(),
                        pace.calibrated() && checkedKb > 0 ? (double) checkedNanos / checkedKb : 0);
                if (remaining <= 0 || t.kilobytes() * nanosPerKb > remaining) {
                    notReached.add(t.name()); // SYSCS_CHECK_TABLE cannot be stopped once it runs (ADR 0366)
                    continue;
                }
                long started = System.nanoTime();
                try (PreparedStatement check = c.prepareStatement("VALUES SYSCS_UTIL.SYSCS_CHECK_TABLE(?, ?)")) {
                    check.setQueryTimeout((int) Math.max(1, budget.toSeconds()));
                    check.setString(1, t.schema());
                    check.setString(2, t.name());
                    try (ResultSet rs = check.executeQuery()) {
                        if (!rs.next() || rs.getInt(1) != 1) {
                            failed.add(t.name());
                        }
                    }
                } catch (SQLException e) {
                    LOG.warn("consistency check of table {} failed (SQLState {})", t.name(), e.getSQLState());
                    failed.add(t.name());
                    if (c.isClosed()) {
                        checked++;
                        break; // Derby closed the connection over a damaged page: the rest is not reached, not damaged
                    }
                }
                checkedKb += t.kilobytes();
                checkedNanos += System.nanoTime() - started;
                checked++;
            }
            if (!notReached.isEmpty()) {
                facts.put("notReached", notReached);
            }
            facts.put("tables", tables.size());
            facts.put("tablesChecked", checked);
            facts.put("integrity", !failed.isEmpty() ? "DAMAGED" : checked < tables.size() ? "INCOMPLETE" : "OK");
            if (!failed.isEmpty()) {
                facts.put("damagedTables", failed);
                status = Status.ATTENTION;
            }
        } catch (SQLException e) {
            LOG.warn("database health check failed (SQLState {})", e.getSQLState(), e);
            facts.put("integrity", "DAMAGED");
            facts.put("error", "SQLState " + e.getSQLState());
            status = Status.ATTENTION;
        }
        return new Check("database", status, facts);
    }

    /**
     * Boots the closed database in {@code databaseDir} with {@code key}, inspects it and shuts it down; a database
     * that does not boot is reported DAMAGED with its SQLState (a wrong key is the caller's to find first).
     */
    public static Check inspectClosed(Path databaseDir, DatabaseKey key, Duration budget) {
        return inspectClosed(databaseDir, key, budget, org.residencedesk.port.CommitWitness.NONE);
    }

    /** {@link #inspectClosed(Path, DatabaseKey, Duration)} with the commit witness compared. */
    public static Check inspectClosed(Path databaseDir, DatabaseKey key, Duration budget,
                                      org.residencedesk.port.CommitWitness witness) {
        Path dir = databaseDir.toAbsolutePath().normalize();
        DerbyCredentials credentials = DerbyCredentials.from(key.secret());
        DerbyLog.install();
        String jdbcPath = dir.toString().replace('\\', '/');
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(jdbcPath);
        ds.setUser(credentials.user());
        ds.setPassword(credentials.password());
        ds.setConnectionAttributes("bootPassword=" + credentials.bootPassword());
        try {
            return inspect(ds::getConnection, dir, budget, witness);
        } finally {
            Database.shutdown(jdbcPath, credentials);
        }
    }

    /** Puts the witness's verdict into {@code facts}; false when the database lost the witnessed entry. */
    private static boolean witnessed(Connection c, org.residencedesk.port.CommitWitness witness,
                                     Map<String, Object> facts) throws SQLException {
        org.residencedesk.port.CommitWitness.Reading reading = witness.read();
        if (reading.status() == org.residencedesk.port.CommitWitness.Status.NOT_KEPT) {
            return true;
        }
        if (reading.witnessed().isEmpty()) {
            facts.put("commitWitness", reading.status().name()); // written again at the next start, no refusal
            return true;
        }
        org.residencedesk.port.CommitWitness.Witnessed w = reading.witnessed().get();
        try (PreparedStatement q = c.prepareStatement("SELECT HASH FROM AUDIT_ENTRY WHERE SEQ = ?")) {
            q.setLong(1, w.seq());
            try (ResultSet rs = q.executeQuery()) {
                boolean held = rs.next() && w.hash().equals(rs.getString(1));
                facts.put("commitWitness", held ? "OK" : "LOST");
                return held;
            }
        }
    }

    /** The station's 12-digit code, or null before the first start's setup. */
    private static String stationCode(Connection c) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT CODE FROM STATION");
             ResultSet rs = q.executeQuery()) {
            return rs.next() ? rs.getString(1).strip() : null;
        }
    }

    private static String schemaVersion(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" = TRUE AND \"version\" IS NOT NULL"
                        + " ORDER BY \"installed_rank\" DESC FETCH FIRST ROW ONLY")) {
            return rs.next() ? rs.getString(1) : "0";
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * The tables, smallest first, with their allocated pages in KB from SYSCS_DIAG.SPACE_TABLE (which reads the
     * containers' allocation pages, not the rows). A table whose size cannot be read is listed with 0 KB: it is
     * checked first, which is where a damaged one should show.
     */
    private static List<SizedTable> tables(Connection c) throws SQLException {
        List<SizedTable> tables = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT s.SCHEMANAME, t.TABLENAME FROM SYS.SYSTABLES t JOIN SYS.SYSSCHEMAS s"
                        + " ON t.SCHEMAID = s.SCHEMAID WHERE t.TABLETYPE = 'T' ORDER BY 1, 2")) {
            while (rs.next()) {
                tables.add(new SizedTable(rs.getString(1), rs.getString(2), 0));
            }
        }
        List<SizedTable> sized = new ArrayList<>(tables.size());
        for (SizedTable t : tables) {
            sized.add(new SizedTable(t.schema(), t.name(), kilobytes(c, t)));
        }
        sized.sort(java.util.Comparator.comparingLong(SizedTable::kilobytes));
        return sized;
    }

    private static long kilobytes(Connection c, SizedTable t) {
        try (PreparedStatement q = c.prepareStatement("SELECT SUM(CAST(NUMALLOCATEDPAGES AS BIGINT) * PAGESIZE) / 1024"
                + " FROM TABLE(SYSCS_DIAG.SPACE_TABLE(?, ?)) sp")) {
            q.setString(1, t.schema());
            q.setString(2, t.name());
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            LOG.warn("size of table {} not read (SQLState {})", t.name(), e.getSQLState());
            return 0;
        }
    }

    private static long size(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException | java.io.UncheckedIOException e) {
            return -1;
        }
    }
}
