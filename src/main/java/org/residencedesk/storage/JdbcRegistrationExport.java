package org.residencedesk.storage;

import java.io.IOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import org.residencedesk.port.RegistrationExportSource;

/**
 * Streams every registration with its person, in registration id order, by plain JDBC with a fetch
 * size (millions of rows never pass through Hibernate's session). Dates as ISO text, instants as UTC.
 */
public final class JdbcRegistrationExport implements RegistrationExportSource {
    private static final String QUERY = "SELECT r.REG_NUMBER, r.STATUS, p.ID_NUMBER, p.ID_TYPE, p.NAME, p.SEX,"
            + " p.BIRTH_DATE, p.MOBILE, r.RESIDENCE_DIVISION, r.ADDRESS_TEXT, r.ARRIVAL_DATE, r.REGISTERED_ON,"
            + " r.REGISTERED_AT, r.OPERATOR, r.END_REASON, r.END_DATE, r.FORM_VERSION, r.FORM_JSON"
            + " FROM RESIDENCE_REGISTRATION r JOIN PERSON p ON p.ID = r.PERSON_ID ORDER BY r.ID";

    private static final String TABLE = "RESIDENCE_REGISTRATION";

    private final ConnectionSource connections;
    private final String location;

    public JdbcRegistrationExport(ConnectionSource connections) {
        this(connections, "db");
    }

    /** @param location the database folder, named when the export finds it damaged */
    public JdbcRegistrationExport(ConnectionSource connections, String location) {
        this.connections = connections;
        this.location = location;
    }

    @Override
    public long forEachRow(RowConsumer consumer) throws IOException {
        Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        long rows = 0;
        long expected;
        try (Connection c = connections.open()) {
            c.setReadOnly(true);
            expected = ExportCounts.expected(c, TABLE, location); // the pages hold what the index knows
            try (PreparedStatement ps = c.prepareStatement(QUERY)) {
                ps.setFetchSize(1000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        List<String> v = new ArrayList<>(COLUMNS.size());
                        for (int i = 1; i <= 6; i++) v.add(rs.getString(i));
                        v.add(date(rs.getDate(7)));
                        v.add(rs.getString(8));
                        v.add(rs.getString(9));
                        v.add(rs.getString(10));
                        v.add(date(rs.getDate(11)));
                        v.add(date(rs.getDate(12)));
                        Timestamp at = rs.getTimestamp(13, utc);
                        v.add(at == null ? null : at.toInstant().toString());
                        v.add(rs.getString(14));
                        v.add(rs.getString(15));
                        v.add(date(rs.getDate(16)));
                        v.add(Integer.toString(rs.getInt(17)));
                        consumer.accept(v, rs.getString(18));
                        rows++;
                    }
                }
            }
        } catch (SQLException e) {
            throw DerbyProblems.translate(new StorageException("registration export failed", e), location);
        }
        if (rows < expected) {
            // registrations are never deleted: fewer rows than counted means pages were skipped (ADR 0276)
            throw ExportCounts.shortfall(location, TABLE, rows, expected);
        }
        return rows;
    }

    private static String date(Date d) {
        return d == null ? null : d.toLocalDate().toString();
    }
}
