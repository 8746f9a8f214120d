package org.residencedesk.storage.bulk;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
    public List<Long> personsWithActiveRegistration(int limit) {
        List<Long> personIds = new ArrayList<>();
        try (Connection c = connections.open();
             PreparedStatement ps = c.prepareStatement("SELECT PERSON_ID FROM RESIDENCE_REGISTRATION "
                     + "WHERE STATUS = 'ACTIVE' ORDER BY ID FETCH FIRST ? ROWS ONLY")) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    personIds.add(rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new BulkWriteException("reading active registrations failed", e);
        }
        return personIds;
    }
}
