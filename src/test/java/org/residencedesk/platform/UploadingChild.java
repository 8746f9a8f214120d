package org.residencedesk.platform;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import org.residencedesk.app.AppContext;
import org.residencedesk.service.sync.SyncOutcome;
import org.residencedesk.service.sync.SyncReport;
import org.residencedesk.service.sync.SyncService;
import org.residencedesk.testing.TestStation;

/**
 * The counter process of {@link UploaderKillRestartTest}: opens the station in {@code args[0]}, uploads to the
 * platform of its {@code platform.properties} until the queue is empty, and is killed with SIGKILL on the way. Its
 * clock runs {@code args[1]} minutes ahead of the real one, so the lease a killed predecessor left (ADR 0202: two
 * minutes) has run out without the test waiting. Prints {@code READY} once the station is open and {@code DONE} when
 * the queue is empty; never personal data.
 */
public final class UploadingChild {
    private UploadingChild() {
    }

    public static void main(String[] args) {
        Path dataDir = Path.of(args[0]);
        Clock clock = Clock.offset(Clock.system(org.residencedesk.testing.TestClock.STATION_ZONE),
                Duration.ofMinutes(Long.parseLong(args[1])));
        try (AppContext ctx = TestStation.reopen(dataDir, clock)) {
            SyncService sync = SyncFixture.service(ctx, SyncFixture.client(dataDir), new ArrayList<>(), clock);
            System.out.println("READY");
            System.out.flush();
            while (true) {
                SyncReport report = sync.runAsStation("child");
                if (report.outcome() == SyncOutcome.OK && report.backlog() == 0) {
                    break;
                }
                if (report.outcome() == SyncOutcome.STOPPED || report.outcome() == SyncOutcome.REFUSED) {
                    System.out.println("FAILED " + report.outcome());
                    System.exit(3);
                }
            }
            System.out.println("DONE");
            System.out.flush();
        }
    }
}
