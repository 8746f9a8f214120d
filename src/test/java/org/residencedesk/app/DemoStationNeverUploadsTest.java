package org.residencedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.domain.outbox.EventType;
import org.residencedesk.domain.outbox.PendingEvent;
import org.residencedesk.platformsim.Faults;
import org.residencedesk.platformsim.PlatformSimulator;
import org.residencedesk.service.sync.SyncOutcome;
import org.residencedesk.service.sync.SyncReport;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestMasterData;

/**
 * ADR 0060: a demo station's synthetic people never reach the provincial platform, even when its data folder holds
 * a working platform.properties (copied from a real station, say): the uploader is refused before any request, with
 * one Chinese reason, and the events stay in the local queue.
 */
class DemoStationNeverUploadsTest {
    private static final TestClock CLOCK = TestClock.at("2026-11-28T01:15:00Z");

    @TempDir
    Path dataDir;
    @TempDir
    Path simState;

    @Test
    void theUploaderOfADemoStationSendsNothingAndSaysWhy() throws Exception {
        try (PlatformSimulator sim = PlatformSimulator.start(simState, 0, null, new Faults(1), null, CLOCK);
             AppContext ctx = AppContext.openForTests(dataDir, TestMasterData.shared(), CLOCK)) {
            String code = ctx.stationSetup().setUpDemo().code().value();
            Files.writeString(dataDir.resolve("platform.properties"), "platform.url=" + sim.url() + "\n");
            ctx.transactions().run(() -> ctx.outbox().append(new PendingEvent(EventType.REGISTRATION_CREATED, "demo",
                    "REGISTRATION", "R-1", Map.of("n", 1))));

            SyncReport report = ctx.sync().runAsStation("schedule");

            assertThat(report.outcome()).as("as if no platform were configured").isEqualTo(SyncOutcome.NOT_CONFIGURED);
            assertThat(report.message()).isEqualTo("演示服务站的数据不上传到省级平台（演示数据均为虚构），事件只保留在本地。");
            assertThat(report.uploaded()).isZero();
            assertThat(report.backlog()).isGreaterThanOrEqualTo(1);
            assertThat(sim.requests()).as("not one request reached the platform").isZero();
            assertThat(sim.state().lastAcceptedSeq(code)).isZero();
        }
    }
}
