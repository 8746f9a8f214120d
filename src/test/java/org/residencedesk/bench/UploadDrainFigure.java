package org.residencedesk.bench;

import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.outbox.EventType;
import org.residencedesk.domain.outbox.OutboxEvent;
import org.residencedesk.domain.outbox.PendingEvent;
import org.residencedesk.platform.HttpPlatformClient;
import org.residencedesk.platform.PlatformConfig;
import org.residencedesk.platformsim.Faults;
import org.residencedesk.platformsim.PlatformSimulator;
import org.residencedesk.service.sync.Backoff;
import org.residencedesk.service.sync.SyncOutcome;
import org.residencedesk.service.sync.SyncReport;
import org.residencedesk.service.sync.SyncService;
import org.residencedesk.testing.TestStation;

/**
 * The uploader draining a backlog of 100,000 queued events (quick: 10,000) to the local platform simulator over
 * loopback HTTP, on a station of its own: {@link SyncService#runAsStation} until the backlog is empty (reading the
 * outbox, building and gzipping each batch, the simulator storing it, the acknowledgements and the sync state
 * written back). Floor: the same events as pre-built, pre-gzipped batches of the uploader's size posted in order
 * to a fresh simulator by a plain HTTP client — the platform side alone. Both are throughputs in events/s.
 */
final class UploadDrainFigure {
    static final int BATCH = 500; // the uploader's MAX_EVENTS

    private UploadDrainFigure() {
    }

    static Figure measure(Path work, Clock clock, boolean quick) throws Exception {
        int events = quick ? 10_000 : 100_000;
        Path folder = work.resolve("drain");
        try (AppContext ctx = OwnStation.create(folder.resolve("own"), clock)) {
            queue(ctx, events);
            List<OutboxEvent> backlog = ctx.transactions().readOnly(() -> ctx.outbox().pending(Integer.MAX_VALUE));
            if (backlog.size() != events) throw new IllegalStateException("backlog is " + backlog.size());
            double floor = floor(folder.resolve("sim-floor"), clock, backlog);
            double product;
            int runs = 0;
            try (PlatformSimulator sim = PlatformSimulator.start(folder.resolve("sim"), 0, null, new Faults(7), null,
                    clock)) {
                Path dataDir = folder.resolve("own").resolve("station");
                Files.writeString(dataDir.resolve(PlatformConfig.FILE), "platform.url=" + sim.url() + "\n");
                HttpPlatformClient client = HttpPlatformClient.of(PlatformConfig.load(dataDir).orElseThrow(),
                        TestStation.CODE, "bench", Duration.ofSeconds(10), Duration.ofSeconds(60));
                List<Duration> waits = new ArrayList<>();
                SyncService sync = new SyncService(ctx.transactions(), ctx.outbox(), ctx.syncState(), ctx.auditLog(),
                        client, new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(1), new Random(42)), waits::add,
                        clock);
                long s = System.nanoTime();
                SyncReport last;
                do {
                    last = sync.runAsStation("bench");
                    runs++;
                } while (last.backlog() > 0 && last.outcome() == SyncOutcome.OK && runs < 1_000);
                product = events / ((System.nanoTime() - s) / 1e9);
                if (last.backlog() != 0 || sim.state().events(TestStation.CODE).size() != events) {
                    throw new IllegalStateException("the drain stopped: " + last);
                }
            }
            return Figure.measured("upload-drain", String.format(Locale.ROOT, "upload drain of a %,d-event backlog",
                            events), "events/s", Sample.of(List.of(product)), Target.atLeast("≥ 2,000 events/s", 2_000),
                    "the simulator fed the same events as pre-built gzipped batches of 500", Sample.of(List.of(floor)),
                    true, String.format(Locale.ROOT, "loopback HTTP (no TLS) on a station of its own, %d sync runs; "
                            + "one drain and one floor per bench run", runs));
        } finally {
            OwnStation.delete(folder);
        }
    }

    /** Queues events like business changes do (transactions of up to 500), before timing. */
    private static void queue(AppContext ctx, int n) {
        for (int done = 0; done < n; ) {
            int chunk = Math.min(500, n - done);
            int start = done;
            ctx.transactions().run(() -> {
                for (int i = 0; i < chunk; i++) {
                    ctx.outbox().append(new PendingEvent(EventType.REGISTRATION_CREATED, "chuangkou", "REGISTRATION",
                            "R-" + (start + i), Map.of("n", start + i, "name", "基准" + (start + i))));
                }
            });
            done += chunk;
        }
    }

    /** events/s of the pre-built batches posted to a fresh simulator. */
    private static double floor(Path state, Clock clock, List<OutboxEvent> backlog) throws Exception {
        try (PlatformSimulator sim = PlatformSimulator.start(state, 0, null, new Faults(7), null, clock)) {
            Path dir = state.resolveSibling("floor-config");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(PlatformConfig.FILE), "platform.url=" + sim.url() + "\n");
            HttpPlatformClient builder = HttpPlatformClient.of(PlatformConfig.load(dir).orElseThrow(),
                    TestStation.CODE, "bench", Duration.ofSeconds(10), Duration.ofSeconds(60));
            Method body = HttpPlatformClient.class.getDeclaredMethod("batchBody", String.class, List.class);
            Method gzip = HttpPlatformClient.class.getDeclaredMethod("gzip", byte[].class);
            body.setAccessible(true);
            gzip.setAccessible(true);
            URI uri = sim.url().resolve("api/v1/events:batch");
            List<HttpRequest> requests = new ArrayList<>();
            for (int i = 0; i < backlog.size(); i += BATCH) {
                List<OutboxEvent> batch = backlog.subList(i, Math.min(backlog.size(), i + BATCH));
                byte[] zipped = (byte[]) gzip.invoke(null, (Object) body.invoke(builder, "floor-" + i, batch));
                requests.add(HttpRequest.newBuilder(uri).header("X-Station-Code", TestStation.CODE)
                        .header("X-Client-Version", "bench").header("Accept", "application/json")
                        .header("Content-Type", "application/json; charset=utf-8").header("Content-Encoding", "gzip")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(zipped)).build());
            }
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            long s = System.nanoTime();
            for (HttpRequest r : requests) {
                HttpResponse<byte[]> answer = http.send(r, HttpResponse.BodyHandlers.ofByteArray());
                if (answer.statusCode() != 200) throw new IllegalStateException("floor batch: " + answer.statusCode());
            }
            double rate = backlog.size() / ((System.nanoTime() - s) / 1e9);
            if (sim.state().events(TestStation.CODE).size() != backlog.size()) {
                throw new IllegalStateException("the floor's simulator did not store every event");
            }
            return rate;
        }
    }
}
