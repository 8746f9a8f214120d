package org.residencedesk.reliability;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.registration.SearchKind;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestStation;

/**
 * Issue 18 item 7, a counter day: {@code args[0]} (default 600) mixed transactions through the services on a real
 * station — registrations, changes, permit submissions, acceptances with their receipt, approvals, cards printed and
 * issued, endorsements, searches — printing to the CUPS queue {@code PDF} when it is ready (.ci/setup-cups.sh), else
 * exporting PDFs ({@link CardOutput}). Every registration starts with its resident card swiped on the reader
 * simulator over a real pseudo-terminal and read by the production polling reader ({@link CardSwipes}); the form
 * is filled from what the reader reported, as the window fills it. Every 50 transactions the heap in use after GC, the live threads and the open file descriptors
 * ({@code /proc/self/fd}) are sampled; {@link SoakVerdict} judges them after the warm-up of 100. Run by
 * {@code reliability/run}; writes {@code target/reliability/soak.properties}; exit 0 when no breach, 1 otherwise.
 * A main program, not a test (it takes minutes), like the benches; its judgement is {@link SoakVerdictTest}.
 */
public final class CounterDaySoak {
    private final AppContext ctx;
    private final CounterWork work;
    private final CardOutput output;
    private final CardSwipes reader;

    private CounterDaySoak(AppContext ctx, CounterWork work, CardOutput output, CardSwipes reader) {
        this.ctx = ctx;
        this.work = work;
        this.output = output;
        this.reader = reader;
    }

    public static void main(String[] args) throws Exception {
        int transactions = args.length > 0 ? Integer.parseInt(args[0]) : 600;
        Path dir = Files.createTempDirectory("counter-day");
        boolean cups = CardOutput.cupsQueueReady();
        TestClock clock = new TestClock(CrashChild.START);
        long started = System.nanoTime();
        List<SoakVerdict.Sample> samples = new ArrayList<>();
        int[] mix = new int[9];
        try (AppContext ctx = TestStation.open(dir.resolve("data"), clock);
             CardSwipes reader = CardSwipes.open(dir.resolve("pty"), clock)) {
            CardOutput output = new CardOutput(ctx, cups, dir.resolve("pdf"));
            CounterDaySoak soak = new CounterDaySoak(ctx, new CounterWork(ctx, clock), output, reader);
            for (int t = 1; t <= transactions; t++) {
                mix[soak.transaction(t)]++;
                if (t % 50 == 0) {
                    samples.add(sample(t));
                    System.out.println("soak " + samples.get(samples.size() - 1));
                }
            }
            List<String> breaches = SoakVerdict.breaches(samples, 100);
            breaches.forEach(b -> System.out.println("BREACH " + b));
            List<String> problems = ConsistencyCheck.of(ctx, new Confirmed());
            problems.forEach(p -> System.out.println("PROBLEM " + p));
            write(transactions, samples, mix, output, reader.swipes, breaches.size(), problems.size(),
                    Duration.ofNanos(System.nanoTime() - started));
            System.exit(breaches.isEmpty() && problems.isEmpty() ? 0 : 1);
        } finally {
            delete(dir);
        }
    }

    /** One transaction of the day's mix; answers which kind it was (0 register … 8 endorse). */
    private int transaction(int t) throws Exception {
        switch (t % 12) {
            case 1, 7 -> {
                ctx.registration().search(work.staff, t % 2 == 0 ? "张伟" : "珞喻路", t % 2 == 0 ? SearchKind.NAME
                        : SearchKind.ADDRESS, 0, 20);
                return 1;
            }
            case 2 -> {
                if (work.change(t).isPresent()) {
                    return 2;
                }
            }
            case 3 -> {
                if (work.submit().isPresent()) {
                    return 3;
                }
            }
            case 4 -> {
                Optional<String> id = work.firstText(
                        "SELECT ID FROM PERMIT_APPLICATION WHERE STATUS = 'AWAITING_MATERIALS' ORDER BY ID");
                if (id.isPresent()) {
                    work.ctx.permitApplications().accept(work.staff, id.get()).document().ifPresent(output::print);
                    work.tick();
                    return 4;
                }
            }
            case 5, 10 -> {
                if (work.approve().isPresent()) {
                    return 5;
                }
            }
            case 6 -> {
                if (work.printCard(output).isPresent()) {
                    return 6;
                }
            }
            case 8 -> {
                if (work.issue().isPresent()) {
                    return 7;
                }
            }
            case 9 -> {
                if (work.endorse(output).isPresent()) {
                    return 8;
                }
            }
            default -> {
                // 0 and 11: a new person
            }
        }
        work.register(reader.swipe(work.nextCard()));
        return 0;
    }

    private static SoakVerdict.Sample sample(int transactions) throws IOException {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        int threads = ManagementFactory.getThreadMXBean().getThreadCount();
        long fds;
        try (Stream<Path> s = Files.list(Path.of("/proc/self/fd"))) {
            fds = s.count();
        }
        return new SoakVerdict.Sample(transactions, heap, threads, fds);
    }

    private static void write(int transactions, List<SoakVerdict.Sample> samples, int[] mix, CardOutput output,
            int swipes, int breaches, int problems, Duration took) throws IOException {
        StringBuilder text = new StringBuilder("transactions=" + transactions + "\nregistrations=" + mix[0]
                + "\nsearches=" + mix[1] + "\nchanges=" + mix[2] + "\nsubmitted=" + mix[3] + "\naccepted=" + mix[4]
                + "\napproved=" + mix[5] + "\ncardsPrinted=" + mix[6] + "\nissued=" + mix[7] + "\nendorsed=" + mix[8]
                + "\nprintedOnCups=" + output.printed + "\npdfExported=" + output.exported + "\ncups=" + output.cups
                + "\ncardSwipes=" + swipes
                + "\nbreaches=" + breaches + "\nproblems=" + problems + "\nseconds=" + took.toSeconds() + "\n");
        for (SoakVerdict.Sample s : samples) {
            text.append("sample.").append(s.transactions()).append('=').append(s.heapBytes() / 1024).append(" KiB, ")
                    .append(s.threads()).append(" threads, ").append(s.fileDescriptors()).append(" fds\n");
        }
        Path dir = Path.of("target", "reliability");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("soak.properties"), text);
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
