package org.residencedesk.port;

import java.util.Optional;
import org.residencedesk.domain.station.Station;

public interface StationRepository {
    Optional<Station> find();

    void save(Station station);
}
