package org.residencedesk.storage.bulk;

import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.residencedesk.storage.DeferredIndexes;

/**
 * The tables one bulk session fills, on its connection: their plain indexes set aside when they are empty (ADR 0392,
 * 0403) — after building whatever a killed load had left aside — built again once, and Derby's statistics refreshed.
 * The one place both bulk writers keep that state.
 */
final class BulkTables {
    private final Connection connection;
    private final List<String> tables;
    private boolean indexesSetAside;

    BulkTables(Connection connection, List<String> tables) throws SQLException {
        this.connection = connection;
        this.tables = tables;
        DeferredIndexes.restore(connection); // a load killed half-way before: its indexes first
        indexesSetAside = DeferredIndexes.setAsideIfEmpty(connection, tables);
    }

    /** Drops what is uncommitted, then builds the indexes this session set aside (once; nothing when none were). */
    void rebuildIndexes() throws SQLException {
        connection.rollback();
        if (indexesSetAside) DeferredIndexes.restore(connection);
        indexesSetAside = false;
    }

    /**
     * Derby plans queries from stored statistics; indexes filled by a bulk load have none until this runs, and
     * without them look-ups by ID number or name may scan millions of rows. Commits.
     */
    void updateStatistics() throws SQLException {
        try (CallableStatement call = connection.prepareCall(
                "CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS(CURRENT SCHEMA, ?, NULL)")) {
            for (String table : tables) {
                call.setString(1, table);
                call.execute();
            }
        }
        connection.commit();
    }
}
