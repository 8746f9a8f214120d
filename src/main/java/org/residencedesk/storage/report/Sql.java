package org.residencedesk.storage.report;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.TimeZone;
import org.residencedesk.storage.CurrentSession;

/** The report queries' JDBC plumbing: run in the caller's (read) transaction, bind dates and UTC instants. */
final class Sql {
    private Sql() {
    }

    interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    static void query(CurrentSession sessions, String sql, RowReader reader, Object... params) {
        sessions.session().doWork(c -> run(c, sql, reader, params));
    }

    static long count(CurrentSession sessions, String sql, Object... params) {
        long[] n = {0};
        query(sessions, sql, rs -> n[0] = rs.getLong(1), params);
        return n[0];
    }

    private static void run(Connection c, String sql, RowReader reader, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                Object p = params[i];
                if (p instanceof LocalDate d) {
                    ps.setDate(i + 1, Date.valueOf(d));
                } else if (p instanceof Instant t) {
                    ps.setTimestamp(i + 1, Timestamp.from(t), Calendar.getInstance(TimeZone.getTimeZone("UTC")));
                } else if (p instanceof Integer n) {
                    ps.setInt(i + 1, n);
                } else {
                    ps.setString(i + 1, (String) p);
                }
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        }
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column, Calendar.getInstance(TimeZone.getTimeZone("UTC")));
        return t == null ? null : t.toInstant();
    }

    static LocalDate day(ResultSet rs, int column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
