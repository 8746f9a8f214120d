package org.residencedesk.service.demodata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.testing.TestClock;

/** The demo-data service without the command line: what it tells its listener and what it refuses. */
class DemoDataServiceTest {
    static final TestClock CLOCK = TestClock.at("2026-11-28T01:15:00Z");

    @TempDir
    Path dataDir;

    /** Records what a run reports, in order. */
    static final class Heard implements DemoDataListener {
        final List<String> events = new ArrayList<>();

        @Override
        public void demoStationCreated(String stationCode) {
            events.add("created " + stationCode);
        }

        @Override
        public void progress(int percent, long persons, double personsPerSecond) {
            events.add(percent + "% " + persons);
        }
    }

    @Test
    void anEmptyFolderBecomesTheDemoStationBeforeAnyProgressIsReported() throws Exception {
        try (AppContext c = AppContext.openForTests(dataDir, org.residencedesk.testing.TestMasterData.shared(), CLOCK)) {
            Heard heard = new Heard();

            DemoDataOutcome outcome = c.demoData().generate(new DemoDataRequest(60, 1095, 7, -1, false), heard);

            String code = c.stationSetup().station().orElseThrow().code().value();
            assertThat(heard.events.get(0)).isEqualTo("created " + code);
            assertThat(heard.events.get(heard.events.size() - 1)).isEqualTo("100% 60");
            assertThat(outcome.registrations().persons()).isEqualTo(60);
            assertThat(outcome.permitCount()).as("a tenth of the persons by default").isEqualTo(6);
            assertThat(c.stationSetup().station().orElseThrow().isDemo()).isTrue();
        }
    }

    @Test
    void settingsOutOfRangeAreRefusedBeforeTheStationIsTouched() {
        try (AppContext c = AppContext.openForTests(dataDir, org.residencedesk.testing.TestMasterData.shared(), CLOCK)) {
            Heard heard = new Heard();

            assertThatThrownBy(() -> c.demoData().generate(new DemoDataRequest(10, 0, 1, -1, false), heard))
                    .isInstanceOfSatisfying(DemoDataRefused.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("demoData.badSettings");
                        assertThat(e.realStation()).isFalse();
                    });
            assertThat(heard.events).isEmpty();
            assertThat(c.stationSetup().station()).isEmpty();
        }
    }

    @Test
    void theWindowsRequestIsThreeYearsFromSeedOneWithDefaultPermits() {
        assertThat(DemoDataRequest.of(500)).isEqualTo(new DemoDataRequest(500, 1095, 1, -1, false));
    }
}
