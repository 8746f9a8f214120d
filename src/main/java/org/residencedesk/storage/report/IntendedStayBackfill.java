package org.residencedesk.storage.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.residencedesk.domain.registration.IntendedStay;
import org.residencedesk.port.FormCodec;
import org.residencedesk.storage.ConnectionSource;
import org.residencedesk.storage.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one-time back-fill of RESIDENCE_REGISTRATION.INTENDED_STAY_END (V21, ADR 0327): rows stored before V21 have
 * NULL there; each ACTIVE one gets the last day of its intended stay from the {@code intendedStay} code inside its
 * FORM_JSON and its arrival date ({@link IntendedStay}); an ended or superseded registration is on no reminder list and
 * keeps NULL. Every judged row holds a date ({@link IntendedStay#NO_END} for none), so an active row with NULL is one
 * still to fill: the job is idempotent, resumes after a crash, and on a filled station it is one probe of the
 * (STATUS, INTENDED_STAY_END) index. It runs after the start-up consistency check, on a thread of its own so that the
 * counter never waits for it (ADR 0372), and never on a damaged database. Batches of {@value #BATCH} rows, each committed on its own; the column is derived, the
 * rows' content and VERSION do not change, nothing is audited. Logged with counts only.
 */
public final class IntendedStayBackfill {
    private static final Logger LOG = LoggerFactory.getLogger(IntendedStayBackfill.class);
    static final int BATCH = 500;

    private IntendedStayBackfill() {
    }

    /** Fills every row still NULL; returns how many were filled. */
    public static int run(ConnectionSource connections, FormCodec codec) {
        return run(connections, codec, () -> false);
    }

    /**
     * The same, stopping between batches once {@code stop} says so (the station is closing); the rest is filled at
     * the next start. A row a service saved meanwhile already holds its date and is never overwritten.
     */
    public static int run(ConnectionSource connections, FormCodec codec, java.util.function.BooleanSupplier stop) {
        int filled = 0;
        try (Connection c = connections.open()) {
            c.setAutoCommit(false);
            while (!stop.getAsBoolean()) {
                List<Object[]> rows = nextBatch(c);
                if (rows.isEmpty()) {
                    break;
                }
                try (PreparedStatement update = c.prepareStatement(
                        "UPDATE RESIDENCE_REGISTRATION SET INTENDED_STAY_END = ? WHERE ID = ?"
                                + " AND INTENDED_STAY_END IS NULL")) {
                    for (Object[] row : rows) {
                        update.setDate(1, java.sql.Date.valueOf(lastDay((Long) row[0], (LocalDate) row[1], (String) row[2], codec)));
                        update.setLong(2, (Long) row[0]);
                        update.addBatch();
                    }
                    for (int n : update.executeBatch()) {
                        filled += Math.max(n, 0);
                    }
                }
                c.commit();
            }
            c.commit(); // ends the last read's transaction
        } catch (SQLException e) {
            throw new StorageException("intended stay back-fill failed after " + filled + " rows", e);
        }
        if (filled > 0) {
            LOG.info("intended stay end back-filled on {} registrations", filled);
        }
        return filled;
    }

    private static List<Object[]> nextBatch(Connection c) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT ID, ARRIVAL_DATE, FORM_JSON FROM RESIDENCE_REGISTRATION"
                + " WHERE STATUS = 'ACTIVE' AND INTENDED_STAY_END IS NULL FETCH FIRST " + BATCH + " ROWS ONLY");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                java.sql.Date arrival = rs.getDate(2);
                rows.add(new Object[] {rs.getLong(1), arrival == null ? null : arrival.toLocalDate(), rs.getString(3)});
            }
        }
        return rows;
    }

    private static LocalDate lastDay(long id, LocalDate arrival, String formJson, FormCodec codec) {
        try {
            return IntendedStay.lastDay(arrival, codec.fromJson(formJson).get("intendedStay"));
        } catch (RuntimeException e) {
            LOG.warn("registration {}: the stored form is unreadable, its intended stay is taken as open", id);
            return IntendedStay.NO_END;
        }
    }
}
