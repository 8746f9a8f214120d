package org.residencedesk.storage;

import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plain (non-unique, non-constraint) indexes of the tables demo data fills (persons, registrations, their history,
 * houses and employers; permits and their steps, ADR 0403) set aside while a bulk load fills them empty, and built
 * again afterwards (ADR 0392): Derby
 * builds an index over a full table by one sort, instead of one B-tree insert per row and index into pages scattered
 * over the index (name, initials and mobile arrive in random order). Primary keys, unique constraints (ID number,
 * registration number, house code, credit code) and foreign keys keep their indexes, so every row is checked as it is
 * written.
 *
 * <p>The definitions set aside are kept in the database itself (a database property, written in the same
 * transaction as the drops), so a load killed half-way leaves a record of what is missing: {@link #restore} builds it
 * again, and the bulk writer calls it before anything else.
 */
public final class DeferredIndexes {
    private static final Logger LOG = LoggerFactory.getLogger(DeferredIndexes.class);
    /** The database property that lists the statements to run again, one per line; absent when none are pending. */
    static final String PENDING = "residencedesk.bulk.deferredIndexes";
    /** The tables demo data's persons and registrations fill. */
    public static final List<String> REGISTRATION_TABLES = List.of("PERSON", "RESIDENCE_REGISTRATION",
            "REGISTRATION_HISTORY", "RENTAL_HOUSE", "EMPLOYER");
    /** The tables bulk demo permits fill (ADR 0403). */
    public static final List<String> PERMIT_TABLES = List.of("PERMIT_APPLICATION", "PERMIT_STEP");

    private DeferredIndexes() {
    }

    /**
     * Drops the plain indexes when the tables are all empty and records them; nothing otherwise (a station
     * with rows keeps its indexes: rebuilding over them would cost more than it saves). Commits.
     *
     * @return whether indexes were set aside
     */
    public static boolean setAsideIfEmpty(Connection c, List<String> tables) throws SQLException {
        for (String table : tables) {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT 1 FROM " + table + " FETCH FIRST 1 ROWS ONLY")) {
                if (rs.next()) {
                    c.commit();
                    return false;
                }
            }
        }
        Map<String, String> plain = plainIndexes(c, tables);
        if (plain.isEmpty()) {
            c.commit();
            return false;
        }
        try (Statement s = c.createStatement()) {
            setPending(c, String.join("\n", plain.values()));
            for (String name : plain.keySet()) {
                s.executeUpdate("DROP INDEX " + quote(name));
            }
            c.commit();
            return true;
        } catch (SQLException e) {
            // another connection holds a table (the window reading it): load with the indexes, only slower
            LOG.info("indexes kept for the load: {}", e.getSQLState());
            c.rollback();
            return false;
        }
    }

    /**
     * Builds every index still recorded as set aside (each in its own commit, crossed off the record with it), so a
     * rebuild cut short resumes where it stopped. An index that exists already is not built twice.
     *
     * @return how many indexes were built
     */
    public static int restore(Connection c) throws SQLException {
        List<String> pending = new ArrayList<>(pending(c));
        int built = 0;
        while (!pending.isEmpty()) {
            String create = pending.remove(0);
            if (!exists(c, indexName(create))) {
                long started = System.nanoTime();
                try (Statement s = c.createStatement()) {
                    s.executeUpdate(create);
                }
                built++;
                LOG.info("index {} built in {} ms", indexName(create), (System.nanoTime() - started) / 1_000_000);
            }
            setPending(c, pending.isEmpty() ? null : String.join("\n", pending));
            c.commit();
        }
        return built;
    }

    /** The statements recorded as set aside, in order; empty when none are. */
    public static List<String> pending(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("VALUES SYSCS_UTIL.SYSCS_GET_DATABASE_PROPERTY(?)")) {
            ps.setString(1, PENDING);
            try (ResultSet rs = ps.executeQuery()) {
                String value = rs.next() ? rs.getString(1) : null;
                return value == null || value.isBlank() ? List.of() : List.of(value.split("\n"));
            }
        }
    }

    private static void setPending(Connection c, String value) throws SQLException {
        try (CallableStatement call = c.prepareCall("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY(?, ?)")) {
            call.setString(1, PENDING);
            call.setString(2, value);
            call.execute();
        }
    }

    /**
     * Name → {@code CREATE INDEX} statement of the tables' indexes that back no constraint and are not
     * unique, read from Derby's catalog (so an index a later migration adds is covered without a list here).
     */
    public static Map<String, String> plainIndexes(Connection c, List<String> tables) throws SQLException {
        String schema = currentSchema(c);
        Map<String, String> out = new LinkedHashMap<>();
        DatabaseMetaData meta = c.getMetaData();
        for (String table : tables) {
            List<String> plain = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT g.CONGLOMERATENAME FROM SYS.SYSCONGLOMERATES g"
                    + " JOIN SYS.SYSTABLES t ON t.TABLEID = g.TABLEID JOIN SYS.SYSSCHEMAS s ON s.SCHEMAID = t.SCHEMAID"
                    + " WHERE g.ISINDEX AND NOT g.ISCONSTRAINT AND s.SCHEMANAME = ? AND t.TABLENAME = ?"
                    + " ORDER BY g.CONGLOMERATENAME")) {
                ps.setString(1, schema);
                ps.setString(2, table);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) plain.add(rs.getString(1));
                }
            }
            Map<String, Map<Integer, String>> columns = new TreeMap<>();
            try (ResultSet rs = meta.getIndexInfo(null, schema, table, false, false)) {
                while (rs.next()) {
                    String name = rs.getString("INDEX_NAME");
                    if (!plain.contains(name) || !rs.getBoolean("NON_UNIQUE")) continue;
                    String column = quote(rs.getString("COLUMN_NAME"))
                            + ("D".equals(rs.getString("ASC_OR_DESC")) ? " DESC" : "");
                    columns.computeIfAbsent(name, k -> new TreeMap<>()).put((int) rs.getShort("ORDINAL_POSITION"), column);
                }
            }
            for (Map.Entry<String, Map<Integer, String>> e : columns.entrySet()) {
                out.put(e.getKey(), "CREATE INDEX " + quote(e.getKey()) + " ON " + quote(table) + " ("
                        + String.join(", ", e.getValue().values()) + ")");
            }
        }
        return out;
    }

    private static boolean exists(Connection c, String index) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM SYS.SYSCONGLOMERATES g JOIN SYS.SYSTABLES t"
                + " ON t.TABLEID = g.TABLEID JOIN SYS.SYSSCHEMAS s ON s.SCHEMAID = t.SCHEMAID"
                + " WHERE g.CONGLOMERATENAME = ? AND s.SCHEMANAME = ?")) {
            ps.setString(1, index);
            ps.setString(2, currentSchema(c));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The index name of one recorded {@code CREATE INDEX "NAME" ON ...} statement. */
    static String indexName(String create) {
        int open = create.indexOf('"');
        return create.substring(open + 1, create.indexOf('"', open + 1)); // catalog names: no quotes inside
    }

    private static String currentSchema(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("VALUES CURRENT SCHEMA")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
