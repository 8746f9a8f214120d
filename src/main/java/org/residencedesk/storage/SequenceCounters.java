package org.residencedesk.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Gapless named counters. The UPDATE takes the row's exclusive lock until the surrounding transaction
 * ends, so two counters (or two counter PCs on a network server) never draw the same number, and a
 * rollback returns the number unused.
 */
public final class SequenceCounters implements org.residencedesk.port.Counters {
    private final CurrentSession sessions;

    public SequenceCounters(CurrentSession sessions) {
        this.sessions = sessions;
    }

    @Override
    public long next(String name) {
        return sessions.session().doReturningWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE SEQUENCE_COUNTER SET LAST_VALUE = LAST_VALUE + 1 WHERE NAME = ?")) {
                update.setString(1, name);
                if (update.executeUpdate() == 0) {
                    try (PreparedStatement insert = connection.prepareStatement(
                            "INSERT INTO SEQUENCE_COUNTER (NAME, LAST_VALUE) VALUES (?, 1)")) {
                        insert.setString(1, name);
                        insert.executeUpdate();
                        return 1L;
                    } catch (SQLException duplicate) {
                        // another counter PC created this counter first (e.g. the year's first number): count on
                        if (!"23505".equals(duplicate.getSQLState()) || update.executeUpdate() == 0) {
                            throw duplicate;
                        }
                    }
                }
            }
            return current(connection, name);
        });
    }

    public long current(String name) {
        return sessions.session().doReturningWork(connection -> current(connection, name));
    }

    private static long current(java.sql.Connection connection, String name) throws java.sql.SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT LAST_VALUE FROM SEQUENCE_COUNTER WHERE NAME = ?")) {
            select.setString(1, name);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        }
    }
}
