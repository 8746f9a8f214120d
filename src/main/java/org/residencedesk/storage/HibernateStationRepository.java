package org.residencedesk.storage;

import java.util.Optional;
import org.residencedesk.domain.station.Station;
import org.residencedesk.port.StationRepository;

public final class HibernateStationRepository implements StationRepository {
    private final CurrentSession sessions;

    public HibernateStationRepository(CurrentSession sessions) {
        this.sessions = sessions;
    }

    @Override
    public Optional<Station> find() {
        return Optional.ofNullable(sessions.session().find(Station.class, (short) 1));
    }

    /** One indexed select of the column, without loading the entity (a save's registration number, ADR 0383). */
    @Override
    public Optional<String> code() {
        return sessions.session().doReturningWork(c -> {
            try (java.sql.PreparedStatement ps = c.prepareStatement("SELECT CODE FROM STATION WHERE ID = 1");
                 java.sql.ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
            }
        });
    }

    @Override
    public void save(Station station) {
        sessions.session().persist(station);
    }
}
