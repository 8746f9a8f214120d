package org.residencedesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.outbox.EventType;
import org.residencedesk.platformsim.Faults;
import org.residencedesk.platformsim.PlatformSimulator;
import org.residencedesk.service.sync.SyncOutcome;
import org.residencedesk.service.sync.SyncReport;
import org.residencedesk.service.sync.SyncService;
import org.residencedesk.testing.Await;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestStation;

/**
 * Issue 13, "tests that must exist": the client JVM is killed with SIGKILL ({@code Process.destroyForcibly}) in the
 * middle of uploading, {@link #KILLS} times (twenty in reliability/run), and restarted each time; afterwards the
 * platform holds seq 1..N exactly once, in order. The children are lean ({@link UploadingChild}, ADR 0307): the
 * station database and the uploader's adapters only, about 3 s of CPU each to its first request. Each child's clock runs three minutes further ahead, so the lease the killed one left has expired (ADR
 * 0202) without the test waiting two minutes.
 */
class UploaderKillRestartTest {
    /**
     * 20 in {@code reliability/run} (which CI runs after {@code mvn verify}, {@code -Duploader.kills=20}); 3 in
     * {@code mvn verify}, which must stay under 15 minutes on two cores.
     */
    static final int KILLS = Integer.getInteger("uploader.kills", 3);
    /**
     * A child is killed on its first, second or third request, so it completes at most two batches of 500: with more
     * events than twenty children can complete, no child ever finds the queue empty and exits before its kill (with
     * 3,000 events the queue drained early on a quiet machine and the last children had nothing left to upload).
     */
    static final int EVENTS = KILLS * 2 * 500 + 500;
    @TempDir
    Path dataDir;
    @TempDir
    Path simState;

    @Test
    void killedMidUploadAndRestartedThePlatformStillHoldsEverySeqOnceInOrder() throws Exception {
        Clock start = Clock.system(TestClock.STATION_ZONE);
        // slow answers and some lost after storing: a kill lands mid-request, sometimes after the platform stored
        Faults faults = new Faults(20261130).slowMillis(150).dropAfterStorePercent(10);
        try (PlatformSimulator sim = PlatformSimulator.start(simState, 0, null, faults, null, start)) {
            try (AppContext ctx = TestStation.open(dataDir, start)) {
                SyncFixture.queue(ctx, EVENTS, EventType.REGISTRATION_CREATED);
            }
            SyncFixture.configureHttp(dataDir, sim);
            Random random = new Random(13);
            int killedMidUpload = 0;
            for (int i = 1; i <= KILLS; i++) {
                long started = System.nanoTime();
                Process child = child(i * 3);
                try (BufferedReader out = new BufferedReader(
                        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    do {
                        line = out.readLine(); // the child's log may come first
                    } while (line != null && !line.equals("READY"));
                    assertThat(line).as("child %d opened the station", i).isEqualTo("READY");
                    System.out.printf("child %d ready after %d ms%n", i, (System.nanoTime() - started) / 1_000_000);
                    long before = sim.requests();
                    long wait = 1 + random.nextInt(3);
                    Await.until(Duration.ofSeconds(60), "child " + i + " sends requests",
                            () -> sim.requests() >= before + wait || !child.isAlive());
                    if (child.isAlive()) {
                        killedMidUpload++;
                    }
                    child.destroyForcibly();
                    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
                }
            }
            assertThat(killedMidUpload).as("children killed while uploading").isGreaterThanOrEqualTo(KILLS - 2);

            Clock after = Clock.offset(start, Duration.ofMinutes(3L * (KILLS + 1)));
            try (AppContext ctx = TestStation.reopen(dataDir, after)) {
                faults.slowMillis(0).dropAfterStorePercent(0);
                SyncService sync = SyncFixture.service(ctx, SyncFixture.client(dataDir), new ArrayList<>(), after);
                SyncReport last;
                int runs = 0;
                do {
                    last = sync.runAsStation("test");
                    runs++;
                } while (!(last.outcome() == SyncOutcome.OK && last.backlog() == 0) && runs < 20);
                assertThat(last.outcome()).isEqualTo(SyncOutcome.OK);
                assertThat(last.backlog()).isZero();
                assertThat(ctx.transactions().readOnly(() -> ctx.outbox().lastDeliveredSeq())).isEqualTo(EVENTS);
            }
            List<Long> expected = LongStream.rangeClosed(1, EVENTS).boxed().toList();
            assertThat(SyncFixture.seqs(sim)).as("every seq once, in order").isEqualTo(expected);
            assertThat(sim.state().events(SyncFixture.CODE)).extracting(e -> e.eventId()).doesNotHaveDuplicates();
        }
    }

    private Process child(long clockAheadMinutes) throws java.io.IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), UploadingChild.class.getName(), dataDir.toString(),
                Long.toString(clockAheadMinutes))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }
}
