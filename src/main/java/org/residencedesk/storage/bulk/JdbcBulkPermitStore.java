package org.residencedesk.storage.bulk;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.residencedesk.domain.permit.PermitPolicy;
import org.residencedesk.domain.registration.ContinuousResidence;
import org.residencedesk.port.demodata.BulkPermitStore;
import org.residencedesk.port.demodata.BulkWriteException;
import org.residencedesk.storage.ConnectionSource;
import org.residencedesk.storage.PermitRows;

/** Demo permits by plain JDBC on connections of their own (see {@link BulkPermitWriter}, ADR 0390). */
public final class JdbcBulkPermitStore implements BulkPermitStore {
    private static final int FETCH = 1_000;
    private final ConnectionSource connections;
    private final PermitRows rows;

    /** @param policy decides the validity column; @param zone the station's zone, for status and step days */
    public JdbcBulkPermitStore(ConnectionSource connections, PermitPolicy policy, ZoneId zone) {
        this.connections = connections;
        this.rows = new PermitRows(policy, zone);
    }

    @Override
    public Session open() {
        try {
            return new BulkPermitWriter(connections.open(), rows);
        } catch (SQLException e) {
            throw new BulkWriteException("opening a bulk connection failed", e);
        }
    }

    @Override
    public List<Applicant> applicants(LocalDate firstRegisteredBy) {
        try (Connection c = connections.open()) {
            Map<Long, List<ContinuousResidence.Ended>> ended = ended(c);
            List<Applicant> all = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT r.PERSON_ID, r.ID, p.BIRTH_DATE, r.REGISTERED_ON,"
                    + " r.WORKPLACE_CREDIT_CODE FROM RESIDENCE_REGISTRATION r JOIN PERSON p ON p.ID = r.PERSON_ID"
                    + " WHERE r.STATUS = 'ACTIVE' AND p.ID_TYPE IN ('CITIZEN', 'LEGACY_15') AND NOT EXISTS (SELECT 1"
                    + " FROM PERMIT_APPLICATION a WHERE a.PERSON_ID = r.PERSON_ID) ORDER BY r.ID")) {
                ps.setFetchSize(FETCH);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long person = rs.getLong(1);
                        LocalDate registeredOn = rs.getDate(4).toLocalDate();
                        List<ContinuousResidence.Ended> earlier = ended.getOrDefault(person, List.of());
                        boolean early = !registeredOn.isAfter(firstRegisteredBy)
                                || earlier.stream().anyMatch(e -> !e.registeredOn().isAfter(firstRegisteredBy));
                        if (early) {
                            all.add(new Applicant(person, rs.getLong(2), rs.getDate(3).toLocalDate(), registeredOn,
                                    rs.getString(5) != null, earlier));
                        }
                    }
                }
            }
            return all;
        } catch (SQLException e) {
            throw new BulkWriteException("reading permit applicants failed", e);
        }
    }

    /** Every ended registration by person (a demo person has at most one besides the active one). */
    private static Map<Long, List<ContinuousResidence.Ended>> ended(Connection c) throws SQLException {
        Map<Long, List<ContinuousResidence.Ended>> byPerson = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT PERSON_ID, ID, REGISTERED_ON, END_DATE"
                + " FROM RESIDENCE_REGISTRATION WHERE STATUS <> 'ACTIVE' AND END_DATE IS NOT NULL")) {
            ps.setFetchSize(FETCH);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byPerson.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>(1)).add(new ContinuousResidence.Ended(
                            rs.getDate(3).toLocalDate(), rs.getDate(4).toLocalDate(), rs.getLong(2)));
                }
            }
        }
        return byPerson;
    }
}
