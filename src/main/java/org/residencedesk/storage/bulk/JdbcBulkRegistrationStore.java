package org.residencedesk.storage.bulk;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.residencedesk.port.demodata.BulkRegistrationStore;
import org.residencedesk.port.demodata.BulkWriteException;
import org.residencedesk.storage.ConnectionSource;

/** Demo data by plain JDBC batches on connections of their own (see {@link BulkWriter}). */
public final class JdbcBulkRegistrationStore implements BulkRegistrationStore {
    private final ConnectionSource connections;

    public JdbcBulkRegistrationStore(ConnectionSource connections) {
        this.connections = connections;
    }

    @Override
    public BulkSession open() {
        try {
            return new BulkWriter(connections.open());
        } catch (SQLException e) {
            throw new BulkWriteException("opening a bulk connection failed", e);
        }
    }

    @Override
    public List<PermitCandidate> permitCandidates(LocalDate firstRegisteredBy, int limit) {
        List<PermitCandidate> all = new ArrayList<>();
        try (Connection c = connections.open();
             PreparedStatement ps = c.prepareStatement("SELECT r.PERSON_ID, r.REGISTERED_ON FROM RESIDENCE_REGISTRATION r"
                     + " JOIN PERSON p ON p.ID = r.PERSON_ID WHERE r.STATUS = 'ACTIVE'"
                     + " AND p.ID_TYPE IN ('CITIZEN', 'LEGACY_15') AND (r.REGISTERED_ON <= ? OR EXISTS (SELECT 1"
                     + " FROM RESIDENCE_REGISTRATION e WHERE e.PERSON_ID = r.PERSON_ID AND e.STATUS <> 'ACTIVE'"
                     + " AND e.REGISTERED_ON <= ?)) ORDER BY r.ID")) {
            ps.setDate(1, Date.valueOf(firstRegisteredBy));
            ps.setDate(2, Date.valueOf(firstRegisteredBy));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    all.add(new PermitCandidate(rs.getLong(1), rs.getDate(2).toLocalDate()));
                }
            }
        } catch (SQLException e) {
            throw new BulkWriteException("reading permit candidates failed", e);
        }
        if (all.size() <= limit) return all;
        List<PermitCandidate> spread = new ArrayList<>(limit);
        for (int i = 0; i < limit; i++) {
            spread.add(all.get((int) ((long) i * all.size() / limit)));
        }
        return spread;
    }
}
