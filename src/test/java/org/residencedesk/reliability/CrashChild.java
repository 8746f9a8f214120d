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
 * so far, child number, seed, mode ({@code warm} or {@code work}), {@code cups} or {@code pdf} (where cards and
 * receipts go, {@link CardOutput}). It opens the station (a restart after the previous kill), checks it
 * ({@link ConsistencyCheck}: one {@code PROBLEM <text>} line each, then {@code CHECKED <n>}), prints {@code READY},
 * then works until it is killed: registrations, changes, move-outs, re-registrations, permit submissions,
 * acceptances, approvals, card printing, 发证 and 签注, saves to three open drafts and discards, and uploads to the
 * platform simulator, one {@code OK <kind> <id>} line after each committed operation (ids only,
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
            CardOutput output = new CardOutput(ctx, args.length > 5 && args[5].equals("cups"), dataDir.resolve("pdf"));
            SyncService sync = sync(ctx, dataDir, clock);
            long draft = before.draftVersion + 1;
            System.out.println("READY");
            System.out.flush();
            if (args.length > 4 && args[4].equals("warm")) {
                warm(ctx, work, output, sync, draft);
                return;
            }
            try {
                work(ctx, work, output, sync, random, draft);
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
    private static void warm(AppContext ctx, CounterWork work, CardOutput output, SyncService sync, long draft) {
        List<String> lines = new ArrayList<>();
        lines.add("OK REG " + work.register());
        lines.add("OK REG " + work.register());
        lines.add(ok("CHANGE", work.change(0)));
        lines.add(ok("SUBMIT", work.submit()));
        lines.add(ok("ACCEPT", work.accept()));
        lines.add(ok("APPROVE", work.approve()));
        lines.add(ok("PRINT", work.printCard(output)));
        lines.add(ok("ISSUE", work.issue()));
        lines.add(ok("ENDORSE", work.endorse(output)));
        lines.add(ok("MOVEOUT", work.moveOut()));
        lines.add(ok("REREG", work.reRegister(0)));
        for (long v = draft; v < draft + CounterWork.DRAFT_KEYS; v++) {
            work.saveDraft(v);
            lines.add("OK DRAFT " + v);
        }
        work.discardDraft(draft + CounterWork.DRAFT_KEYS);
        lines.add("OK DISCARD " + (draft + CounterWork.DRAFT_KEYS));
        sync.runAsStation("crash");
        lines.add("OK UPLOAD " + ctx.transactions().readOnly(() -> ctx.outbox().lastDeliveredSeq()));
        lines.stream().filter(l -> l != null).forEach(System.out::println);
        System.out.println("DONE");
        System.out.flush();
    }

    /**
     * Until killed: each round one operation drawn from the counter's mix (registrations and uploads twice as
     * often as the rest); an operation with nothing to work on (no approved permit to print, say) confirms nothing.
     */
    private static void work(AppContext ctx, CounterWork work, CardOutput output, SyncService sync, Random random,
            long firstDraft) {
        long draft = firstDraft;
        for (int n = 0; ; n++) {
            String line = switch (random.nextInt(16)) {
                case 0, 1 -> "OK REG " + work.register();
                case 2 -> ok("CHANGE", work.change(n));
                case 3 -> ok("SUBMIT", work.submit());
                case 4 -> ok("ACCEPT", work.accept());
                case 5 -> ok("APPROVE", work.approve());
                case 6 -> ok("PRINT", work.printCard(output));
                case 7 -> ok("ISSUE", work.issue());
                case 8 -> ok("ENDORSE", work.endorse(output));
                case 9 -> ok("MOVEOUT", work.moveOut());
                case 10 -> ok("REREG", work.reRegister(n));
                case 11, 12 -> {
                    work.saveDraft(draft);
                    yield "OK DRAFT " + draft++;
                }
                case 13 -> {
                    work.discardDraft(draft);
                    yield "OK DISCARD " + draft++;
                }
                default -> {
                    sync.runAsStation("crash");
                    yield "OK UPLOAD " + ctx.transactions().readOnly(() -> ctx.outbox().lastDeliveredSeq());
                }
            };
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
