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

    @Override
    public void save(Station station) {
        sessions.session().persist(station);
    }
}
