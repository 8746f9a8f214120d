package org.residencedesk.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Calendar;
import java.util.TimeZone;

/** Derby TIMESTAMP has no zone: every instant is written and read as UTC, whatever the PC's zone. */
final class UtcTimestamps {
    private UtcTimestamps() {
    }

    private static Calendar utc() {
        return Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    }

    static void set(PreparedStatement ps, int index, Instant instant) throws SQLException {
        ps.setTimestamp(index, instant == null ? null : Timestamp.from(instant), utc());
    }

    static Instant get(ResultSet rs, int index) throws SQLException {
        Timestamp ts = rs.getTimestamp(index, utc());
        return ts == null ? null : ts.toInstant();
    }
}
