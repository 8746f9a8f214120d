package org.residencedesk.cli;

import org.residencedesk.app.AppContext;
import org.residencedesk.masterdata.Pinyin4jNameInitials;

/** The same wiring as {@code Main.stationData}, for commands run against a test context. */
final class StationDataForTests {
    private StationDataForTests() {
    }

    static StationData of(AppContext c) {
        return new StationData(c.transactions(), c.stations(), c.users(), c.auditLog(), c::openConnection,
                c.masterData(), c.registration().form(), new Pinyin4jNameInitials(), c.stationSetup(), c.clock());
    }
}
