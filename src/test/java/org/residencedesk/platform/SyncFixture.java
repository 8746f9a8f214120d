package org.residencedesk.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.outbox.EventType;
import org.residencedesk.domain.outbox.OutboxEvent;
import org.residencedesk.domain.outbox.PendingEvent;
import org.residencedesk.platformsim.Faults;
import org.residencedesk.platformsim.PlatformSimulator;
import org.residencedesk.platformsim.StoredEvent;
import org.residencedesk.port.platform.PlatformClient;
import org.residencedesk.service.sync.Backoff;
import org.residencedesk.service.sync.SyncService;
import org.residencedesk.testing.TestCertificates;
import org.residencedesk.testing.TestStation;

/** A station, the simulator and the wiring between them for the sync tests; waits are recorded, never slept. */
final class SyncFixture {
    static final String CODE = TestStation.CODE;
    final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());

    private SyncFixture() {
    }

    /** Writes {@code platform.properties} for an HTTPS platform at {@code sim} with the station's certificate of {@code pki}. */
    static void configureHttps(Path dataDir, PlatformSimulator sim, TestCertificates.Pki pki, Path truststore) {
        write(dataDir, "platform.url=" + sim.url() + "\nplatform.keystore=" + pki.clientKeystore()
                + "\nplatform.keystorePasswordFile=" + pki.passwordFile() + "\nplatform.truststore=" + truststore
                + "\nplatform.intervalMinutes=5\n");
    }

    static void configureHttp(Path dataDir, PlatformSimulator sim) {
        write(dataDir, "platform.url=" + sim.url() + "\n");
    }

    static void write(Path dataDir, String text) {
        try {
            Files.writeString(dataDir.resolve(PlatformConfig.FILE), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The adapter over {@code dataDir}'s configuration, with short timeouts. */
    static PlatformClient client(Path dataDir) {
        try {
            return HttpPlatformClient.of(PlatformConfig.load(dataDir).orElseThrow(), CODE, "test-1.0",
                    Duration.ofSeconds(3), Duration.ofSeconds(20));
        } catch (PlatformConfig.Refused e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** A sync service over {@code client} whose waits go to {@link #waits} and whose jitter is seeded. */
    static SyncService service(AppContext ctx, PlatformClient client, List<Duration> waits, Clock clock) {
        return new SyncService(ctx.transactions(), ctx.outbox(), ctx.syncState(), ctx.auditLog(), client,
                new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(1), new Random(42)), waits::add, clock);
    }

    /** The same with the station's inbox cycle after each drain (ADR 0265). */
    static SyncService serviceWithInbox(AppContext ctx, PlatformClient client, List<Duration> waits, Clock clock) {
        return new SyncService(ctx.transactions(), ctx.outbox(), ctx.syncState(), ctx.auditLog(), client,
                new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(1), new Random(42)), waits::add, clock,
                ctx.inboxProcessor());
    }

    /** Queues {@code n} events like business changes do (in transactions of up to 500). */
    static void queue(AppContext ctx, int n, EventType type) {
        for (int done = 0; done < n; ) {
            int chunk = Math.min(500, n - done);
            int start = done;
            ctx.transactions().run(() -> {
                for (int i = 0; i < chunk; i++) {
                    ctx.outbox().append(new PendingEvent(type, "chuangkou", "REGISTRATION", "R-" + (start + i),
                            Map.of("n", start + i, "name", "测试" + (start + i))));
                }
            });
            done += chunk;
        }
    }

    static List<OutboxEvent> local(AppContext ctx) {
        return ctx.transactions().readOnly(() -> ctx.outbox().pending(Integer.MAX_VALUE));
    }

    /** The platform holds seq 1..n exactly once, in order. */
    static List<Long> seqs(PlatformSimulator sim) {
        return sim.state().events(CODE).stream().map(StoredEvent::seq).toList();
    }

    static Faults noFaults() {
        return new Faults(7);
    }
}
