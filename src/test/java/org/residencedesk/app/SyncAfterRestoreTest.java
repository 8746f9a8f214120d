package org.residencedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.outbox.EventType;
import org.residencedesk.domain.outbox.PendingEvent;
import org.residencedesk.platformsim.Faults;
import org.residencedesk.platformsim.PlatformSimulator;
import org.residencedesk.platformsim.StoredEvent;
import org.residencedesk.port.DatabaseBackups.Backup;
import org.residencedesk.service.Operator;
import org.residencedesk.service.StationSetup;
import org.residencedesk.service.sync.Backoff;
import org.residencedesk.service.sync.SyncOutcome;
import org.residencedesk.service.sync.SyncReport;
import org.residencedesk.service.sync.SyncService;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testing.TestStation;

/**
 * Issue 13, "tests that must exist": a station restores an older backup (the real BackupService and
 * StationRestorer) after the platform already holds more of its events; the next sync resumes from the platform's
 * cursor (ADR 0204): the events the backup still holds as queued are acknowledged as DUPLICATE, the numbering
 * continues after the platform's cursor, and the platform ends with seq 1..N exactly once, in order.
 */
class SyncAfterRestoreTest {
    static final String ADMIN = "tongbu";
    final TestClock clock = TestClock.at("2026-11-28T01:15:00Z");
    @TempDir
    Path dataDir;
    @TempDir
    Path keyDir;
    @TempDir
    Path backups;
    @TempDir
    Path simState;

    private AppContext open() {
        return AppContext.openForTests(dataDir, keyDir, org.residencedesk.testing.TestMasterData.shared(), clock);
    }

    private SyncService sync(AppContext ctx) {
        return new SyncService(ctx.transactions(), ctx.outbox(), ctx.syncState(), ctx.auditLog(), ctx.platform(),
                new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(1), new Random(7)), d -> { }, clock);
    }

    private static void queue(AppContext ctx, int n, String prefix) {
        ctx.transactions().run(() -> {
            for (int i = 0; i < n; i++) {
                ctx.outbox().append(new PendingEvent(EventType.REGISTRATION_CHANGED, "chuangkou", "REGISTRATION",
                        prefix + i, Map.of("n", i)));
            }
        });
    }

    private SyncReport drain(AppContext ctx) {
        SyncReport report = sync(ctx).runAsStation("test");
        assertThat(report.outcome()).as(String.valueOf(report.message())).isEqualTo(SyncOutcome.OK);
        assertThat(report.backlog()).isZero();
        return report;
    }

    @Test
    void restoringAnOlderBackupResumesFromThePlatformsCursorWithoutGapsOrDuplicates() throws Exception {
        try (PlatformSimulator sim = PlatformSimulator.start(simState, 0, null, new Faults(3), null, clock)) {
            Files.writeString(dataDir.resolve("platform.properties"), "platform.url=" + sim.url() + "\n");
            try (AppContext ctx = open()) {
                ctx.stationSetup().setUp(new StationSetup(TestStation.CODE, "关山街道流动人口服务站", "420111002",
                        "武汉市公安局洪山分局", "zhanzhang", "站长", "Station#2026".toCharArray(),
                        "Station#2026".toCharArray()));
                TestOperators.signIn(ctx, ADMIN, "同步管理员", Role.ADMIN);
                queue(ctx, 300, "before-backup-");
            }
            long queuedAtBackup;
            Backup backup;
            try (AppContext ctx = open()) {
                Operator admin = TestOperators.signIn(ctx, ADMIN, "同步管理员", Role.ADMIN);
                queuedAtBackup = ctx.transactions().readOnly(() -> ctx.outbox().lastSeq());
                backup = ctx.backups().backup(admin, backups).backup();
            }
            try (AppContext ctx = open()) {
                drain(ctx); // the platform now holds the backup's events ...
                queue(ctx, 200, "after-backup-");
                drain(ctx); // ... and 200 the backup does not know
            }
            List<StoredEvent> beforeRestore = sim.state().events(TestStation.CODE);
            assertThat(beforeRestore).hasSize(500);

            clock.advance(Duration.ofHours(1));
            new StationRestorer(dataDir, keyDir, org.residencedesk.testing.TestMasterData.shared(), clock, true)
                    .restore(backup.folder(), ADMIN, TestOperators.PASSWORD.toCharArray());

            try (AppContext ctx = open()) {
                assertThat(ctx.transactions().readOnly(() -> ctx.outbox().lastSeq())).as("the backup's numbering")
                        .isEqualTo(queuedAtBackup);
                assertThat(ctx.transactions().readOnly(() -> ctx.outbox().countPending())).isEqualTo(300);
                SyncReport resumed = drain(ctx);
                assertThat(resumed.duplicates()).as("the backup's queue was already on the platform").isEqualTo(300);
                assertThat(resumed.uploaded()).isZero();
                assertThat(resumed.lastAcceptedSeq()).isEqualTo(500);

                queue(ctx, 100, "after-restore-");
                assertThat(ctx.transactions().readOnly(() -> ctx.outbox().lastSeq()))
                        .as("new events continue after the platform's cursor").isEqualTo(600);
                SyncReport next = drain(ctx);
                assertThat(next.uploaded()).isEqualTo(100);
                assertThat(next.duplicates()).isZero();
            }
            List<StoredEvent> stored = sim.state().events(TestStation.CODE);
            assertThat(stored).extracting(StoredEvent::seq)
                    .isEqualTo(LongStream.rangeClosed(1, 600).boxed().toList());
            assertThat(stored).extracting(StoredEvent::eventId).doesNotHaveDuplicates();
            assertThat(stored.subList(0, 500)).as("what the platform held is untouched").isEqualTo(beforeRestore);
            assertThat(stored).extracting(StoredEvent::status).containsOnly("ACCEPTED");
        }
    }
}
