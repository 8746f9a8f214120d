package org.residencedesk.port;

import java.util.Optional;
import org.residencedesk.domain.station.Station;

public interface StationRepository {
    Optional<Station> find();

    /** The station's code alone (a registration number needs only it; ADR 0383). */
    default Optional<String> code() {
        return find().map(s -> s.code().value());
    }

    void save(Station station);
}
