package org.residencedesk.ui.sync;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.outbox.EventType;
import org.residencedesk.domain.outbox.PendingEvent;
import org.residencedesk.platformsim.PlatformSimulator;
import org.residencedesk.service.sync.Backoff;
import org.residencedesk.service.sync.SyncService;

/** What the sync screen tests share: queueing events, pointing the station at a simulator, a run without sleeps. */
final class SyncUiFixture {
    private SyncUiFixture() {
    }

    /** Plain http to the simulator on loopback; the station reads the file again at its next request. */
    static void configure(Path dataDir, PlatformSimulator sim) {
        try {
            Files.writeString(dataDir.resolve("platform.properties"), "platform.url=" + sim.url() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void queue(AppContext ctx, EventType... types) {
        ctx.transactions().run(() -> {
            int i = 0;
            for (EventType type : types) {
                ctx.outbox().append(new PendingEvent(type, "chuangkou", "REGISTRATION", "R-" + i, Map.of("n", i)));
                i++;
            }
        });
    }

    /** A scheduled run over the station's own platform connection whose retries are not slept. */
    static SyncService station(AppContext ctx, Clock clock) {
        return new SyncService(ctx.transactions(), ctx.outbox(), ctx.syncState(), ctx.auditLog(), ctx.platform(),
                new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(1), new Random(5)), d -> { }, clock);
    }
}
