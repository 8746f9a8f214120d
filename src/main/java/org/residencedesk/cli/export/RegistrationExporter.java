package org.residencedesk.cli.export;

import java.io.IOException;
import java.io.OutputStream;
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
import org.residencedesk.cli.demodata.ConnectionSource;

/**
 * Streams every registration with its person, in registration id order, into a CSV or JSON sink.
 * ID numbers are written in full: an export is an authorised data-exchange act (ADR 0061).
 */
public final class RegistrationExporter {
    /** Column ids, also the CSV header and the JSON keys; stable for the systems that read the files. */
    public static final List<String> COLUMNS = List.of("registrationNumber", "status", "idNumber", "idType", "name",
            "sex", "birthDate", "mobile", "residenceDivision", "address", "arrivalDate", "registeredOn",
            "registeredAt", "operator", "endReason", "endDate", "formVersion");
    private static final String QUERY = "SELECT r.REG_NUMBER, r.STATUS, p.ID_NUMBER, p.ID_TYPE, p.NAME, p.SEX,"
            + " p.BIRTH_DATE, p.MOBILE, r.RESIDENCE_DIVISION, r.ADDRESS_TEXT, r.ARRIVAL_DATE, r.REGISTERED_ON,"
            + " r.REGISTERED_AT, r.OPERATOR, r.END_REASON, r.END_DATE, r.FORM_VERSION"
            + " FROM RESIDENCE_REGISTRATION r JOIN PERSON p ON p.ID = r.PERSON_ID ORDER BY r.ID";

    private final ConnectionSource connections;

    public RegistrationExporter(ConnectionSource connections) {
        this.connections = connections;
    }

    /** @return rows written */
    public long export(ExportFormat format, OutputStream out) throws SQLException, IOException {
        Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        long rows = 0;
        try (Connection c = connections.open();
             RowSink sink = format == ExportFormat.CSV ? new CsvRowSink(out) : new JsonRowSink(out)) {
            c.setReadOnly(true);
            sink.header(COLUMNS);
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
                        sink.row(v);
                        rows++;
                    }
                }
            }
        }
        return rows;
    }

    private static String date(Date d) {
        return d == null ? null : d.toLocalDate().toString();
    }
}
