package org.residencedesk.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.residencedesk.domain.identity.IdNumber;
import org.residencedesk.domain.registration.RegistrationStatus;
import org.residencedesk.domain.registration.RegistrationSummary;

/**
 * The list rows of a search by a whole key (ID number, mobile) by one plain JDBC select on the unit of work's
 * connection (docs/decisions/0394): the list columns of the persons with that key and their registrations, through
 * the person's unique or indexed key and REGISTRATION_PERSON. The few rows (one person's registrations; the persons
 * sharing a phone) are put newest first here, not sorted by Derby, and the page is cut from them; ID numbers masked.
 */
final class ExactKeyRows {
    /** The person columns an exact search may name (never from typed text). */
    enum Key {
        ID_NUMBER, MOBILE
    }

    private static final String SELECT = "SELECT r.ID, p.ID, r.REG_NUMBER, p.NAME, p.ID_NUMBER, p.SEX, p.MOBILE,"
            + " r.ADDRESS_TEXT, r.STATUS, r.REGISTERED_ON, r.LATE_REGISTRATION, r.REGISTERED_AT FROM PERSON p"
            + " JOIN RESIDENCE_REGISTRATION r ON r.PERSON_ID = p.ID WHERE p.";

    private record Row(RegistrationSummary summary, Instant registeredAt) {
    }

    /** Newest registration first (registered at, then id), as the HQL search ordered them. */
    private static final Comparator<Row> NEWEST_FIRST = Comparator.comparing(Row::registeredAt)
            .thenComparingLong(r -> r.summary().registrationId()).reversed();

    private ExactKeyRows() {
    }

    static List<RegistrationSummary> page(Connection c, Key key, String value, int offset, int limit)
            throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(SELECT + key.name() + " = ?")) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(new RegistrationSummary(rs.getLong(1), rs.getLong(2), rs.getString(3),
                            rs.getString(4), IdNumber.mask(rs.getString(5)), rs.getString(6), rs.getString(7),
                            rs.getString(8), RegistrationStatus.valueOf(rs.getString(9)), rs.getDate(10).toLocalDate(),
                            rs.getBoolean(11)), UtcTimestamps.get(rs, 12)));
                }
            }
        }
        rows.sort(NEWEST_FIRST);
        return rows.subList(Math.min(offset, rows.size()), (int) Math.min((long) offset + limit, rows.size())).stream()
                .map(Row::summary).toList();
    }
}
