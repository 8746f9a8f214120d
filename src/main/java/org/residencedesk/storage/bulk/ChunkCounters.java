package org.residencedesk.storage.bulk;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * SEQUENCE_COUNTER rows on a bulk writer's connection: reads a counter's last value and sets the value a chunk reached,
 * in the chunk's transaction (the caller commits).
 */
final class ChunkCounters implements AutoCloseable {
    private final PreparedStatement select;
    private final PreparedStatement update;
    private final PreparedStatement insert;

    ChunkCounters(Connection connection) throws SQLException {
        select = connection.prepareStatement("SELECT LAST_VALUE FROM SEQUENCE_COUNTER WHERE NAME = ?");
        update = connection.prepareStatement("UPDATE SEQUENCE_COUNTER SET LAST_VALUE = ? WHERE NAME = ?");
        insert = connection.prepareStatement("INSERT INTO SEQUENCE_COUNTER (NAME, LAST_VALUE) VALUES (?, ?)");
    }

    /** The last value of a counter; 0 when it has none yet. */
    long last(String name) throws SQLException {
        select.setString(1, name);
        try (ResultSet rs = select.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0L;
        }
    }

    /** Sets a counter to the last serial used; the row is created for a counter that has none yet. */
    void set(String name, long value) throws SQLException {
        update.setLong(1, value);
        update.setString(2, name);
        if (update.executeUpdate() == 0) {
            insert.setString(1, name);
            insert.setLong(2, value);
            insert.executeUpdate();
        }
    }

    @Override
    public void close() throws SQLException {
        try (select; update; insert) {
            // closes the three statements
        }
    }
}
