package org.residencedesk.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.residencedesk.app.AppContext;
import org.residencedesk.platform.HttpPlatformClient;
import org.residencedesk.platform.PlatformConfig;
import org.residencedesk.service.sync.Backoff;
import org.residencedesk.service.sync.SyncService;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestStation;

/**
 * The counter process of {@link CrashConsistencyTest}: {@code args} = data folder, file of the operations confirmed
 * so far, child number, seed. It opens the station (a restart after the previous kill), checks it
 * ({@link ConsistencyCheck}: one {@code PROBLEM <text>} line each, then {@code CHECKED <n>}), prints {@code READY},
 * then works until it is killed: registrations, changes, permit submissions, acceptances and approvals, draft saves
 * and uploads to the platform simulator, one {@code OK <kind> <id>} line after each committed operation (ids only,
 * never personal data), flushed at once. Its clock stands {@code 3 × child} minutes after the first one's, so the
 * upload lease a killed predecessor left (ADR 0202: two minutes) has run out.
 */
public final class CrashChild {
    static final Instant START = Instant.parse("2026-11-28T01:15:00Z");

    private CrashChild() {
    }

    public static void main(String[] args) throws IOException {
        Path dataDir = Path.of(args[0]);
        Confirmed before = Confirmed.of(Files.readAllLines(Path.of(args[1])));
        int child = Integer.parseInt(args[2]);
        Random random = new Random(Long.parseLong(args[3]));
        TestClock clock = new TestClock(START.plus(Duration.ofMinutes(3L * child)));
        try (AppContext ctx = TestStation.reopen(dataDir, clock)) {
            List<String> problems = ConsistencyCheck.of(ctx, before);
            problems.forEach(p -> System.out.println("PROBLEM " + p));
            System.out.println("CHECKED " + problems.size());
            CounterWork work = new CounterWork(ctx, clock);
            SyncService sync = sync(ctx, dataDir, clock);
            long draft = before.draftVersion + 1;
            System.out.println("READY");
            System.out.flush();
            if (args.length > 4 && args[4].equals("warm")) {
                warm(ctx, work, sync, draft);
                return;
            }
            try {
                work(ctx, work, sync, random, draft);
            } catch (RuntimeException | Error e) {
                System.out.println("FAILED " + e.getClass().getName() + ": " + e.getMessage());
                System.out.flush();
                throw e;
            }
        }
    }

    /**
     * One operation of each kind, then a clean exit: the run that writes the class-data archive the killed
     * children start from (ADR 0305), so it loads every class they use.
     */
    private static void warm(AppContext ctx, CounterWork work, SyncService sync, long draft) {
        List<String> lines = new ArrayList<>();
        lines.add("OK REG " + work.register());
        lines.add(ok("CHANGE", work.change(0)));
        lines.add(ok("SUBMIT", work.submit()));
        lines.add(ok("ACCEPT", work.accept()));
        lines.add(ok("APPROVE", work.approve()));
        work.saveDraft(draft);
        lines.add("OK DRAFT " + draft);
        sync.runAsStation("crash");
        lines.add("OK UPLOAD " + ctx.transactions().readOnly(() -> ctx.outbox().lastDeliveredSeq()));
        lines.stream().filter(l -> l != null).forEach(System.out::println);
        System.out.println("DONE");
        System.out.flush();
    }

    private static void work(AppContext ctx, CounterWork work, SyncService sync, Random random, long firstDraft) {
        long draft = firstDraft;
        for (int n = 0; ; n++) {
            int pick = random.nextInt(10);
            String line;
            if (pick < 3) {
                line = "OK REG " + work.register();
            } else if (pick == 3) {
                line = ok("CHANGE", work.change(n));
            } else if (pick == 4) {
                line = ok("SUBMIT", work.submit());
            } else if (pick == 5) {
                line = ok("ACCEPT", work.accept());
            } else if (pick == 6) {
                line = ok("APPROVE", work.approve());
            } else if (pick == 7) {
                work.saveDraft(draft);
                line = "OK DRAFT " + draft++;
            } else {
                sync.runAsStation("crash");
                line = "OK UPLOAD " + ctx.transactions().readOnly(() -> ctx.outbox().lastDeliveredSeq());
            }
            if (line != null) {
                System.out.println(line);
                System.out.flush();
            }
        }
    }

    private static String ok(String kind, Optional<String> id) {
        return id.map(i -> "OK " + kind + " " + i).orElse(null);
    }

    private static SyncService sync(AppContext ctx, Path dataDir, TestClock clock) {
        try {
            var client = HttpPlatformClient.of(PlatformConfig.load(dataDir).orElseThrow(), TestStation.CODE, "crash-1.0",
                    Duration.ofSeconds(3), Duration.ofSeconds(20));
            return new SyncService(ctx.transactions(), ctx.outbox(), ctx.syncState(), ctx.auditLog(), client,
                    new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(1), new Random(42)), w -> { }, clock);
        } catch (PlatformConfig.Refused e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
