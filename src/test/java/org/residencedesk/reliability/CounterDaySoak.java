package org.residencedesk.reliability;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.permit.Handover;
import org.residencedesk.domain.registration.SearchKind;
import org.residencedesk.port.printing.CardCalibration;
import org.residencedesk.port.printing.PrintDocument;
import org.residencedesk.port.printing.PrintOutcome;
import org.residencedesk.port.printing.PrinterProfile;
import org.residencedesk.service.Operator;
import org.residencedesk.service.permit.CardPrintJob;
import org.residencedesk.service.permit.PrintSpec;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testing.TestStation;

/**
 * Issue 18 item 7, a counter day: {@code args[0]} (default 600) mixed transactions through the services on a real
 * station — registrations, changes, permit submissions, acceptances with their receipt, approvals, cards printed and
 * issued, endorsements, searches — printing to the CUPS queue {@code PDF} when it is ready (.ci/setup-cups.sh), else
 * exporting PDFs. Every 50 transactions the heap in use after GC, the live threads and the open file descriptors
 * ({@code /proc/self/fd}) are sampled; {@link SoakVerdict} judges them after the warm-up of 100. Run by
 * {@code reliability/run}; writes {@code target/reliability/soak.properties}; exit 0 when no breach, 1 otherwise.
 * A main program, not a test (it takes minutes), like the benches; its judgement is {@link SoakVerdictTest}.
 */
public final class CounterDaySoak {
    static final String QUEUE = "PDF";
    private final AppContext ctx;
    private final CounterWork work;
    private final Operator clerk;
    private final boolean cups;
    private final Path pdfs;
    private int printed;
    private int exported;
    private int searches;
    private int endorsements;
    private int issued;

    private CounterDaySoak(AppContext ctx, CounterWork work, boolean cups, Path pdfs) {
        this.ctx = ctx;
        this.work = work;
        this.clerk = TestOperators.signIn(ctx, "zhaomin", "赵敏", Role.CLERK);
        this.cups = cups;
        this.pdfs = pdfs;
    }

    public static void main(String[] args) throws Exception {
        int transactions = args.length > 0 ? Integer.parseInt(args[0]) : 600;
        Path dir = Files.createTempDirectory("counter-day");
        boolean cups = cupsQueueReady();
        TestClock clock = new TestClock(CrashChild.START);
        long started = System.nanoTime();
        List<SoakVerdict.Sample> samples = new ArrayList<>();
        int[] mix = new int[9];
        try (AppContext ctx = TestStation.open(dir.resolve("data"), clock)) {
            CounterDaySoak soak = new CounterDaySoak(ctx, new CounterWork(ctx, clock), cups, dir.resolve("pdf"));
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
            write(transactions, samples, mix, soak, breaches.size(), problems.size(),
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
                searches++;
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
                    work.ctx.permitApplications().accept(work.staff, id.get()).document().ifPresent(this::print);
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
                Optional<String> id = work.firstText("SELECT ID FROM PERMIT_APPLICATION WHERE STATUS = 'APPROVED' ORDER BY ID");
                if (id.isPresent() && cups) {
                    CardPrintJob job = ctx.cardProduction().print(clerk, id.get(), PrintSpec.first());
                    PrintOutcome outcome = print(job.card());
                    ctx.cardProduction().markPrinted(clerk, job, outcome);
                    work.tick();
                    return 6;
                }
            }
            case 8 -> {
                Optional<String> id = work.firstText("SELECT ID FROM PERMIT_APPLICATION WHERE STATUS = 'PRINTED' ORDER BY ID");
                if (id.isPresent()) {
                    ctx.cardProduction().issue(work.staff, id.get(), Handover.holder());
                    issued++;
                    work.tick();
                    return 7;
                }
            }
            case 9 -> {
                Optional<String> id = work.firstText("SELECT ID FROM PERMIT_APPLICATION WHERE STATUS = 'ISSUED' "
                        + "AND ENDORSEMENT_COUNT = 0 ORDER BY ID");
                if (id.isPresent()) {
                    Instant now = work.clock.instant();
                    LocalDate anniversary = LocalDate.parse(work.firstText("SELECT CAST(NEXT_ANNIVERSARY AS CHAR(10)) "
                            + "FROM PERMIT_APPLICATION WHERE ID = '" + id.get() + "'").orElseThrow());
                    work.clock.set(anniversary.minusDays(10).atTime(10, 0).atZone(TestClock.STATION_ZONE).toInstant());
                    try {
                        ctx.permitLifecycle().endorse(work.staff, id.get()).document().ifPresent(this::print);
                    } finally {
                        work.clock.set(now);
                    }
                    endorsements++;
                    work.tick();
                    return 8;
                }
            }
            default -> {
                // 0 and 11: a new person
            }
        }
        work.register();
        return 0;
    }

    private PrintOutcome print(PrintDocument document) {
        if (cups) {
            PrintOutcome outcome = ctx.printer().print(document,
                    new PrinterProfile(document.type(), QUEUE, null, 1, false), CardCalibration.NONE);
            if (!outcome.succeeded()) {
                throw new IllegalStateException("print failed: " + outcome.status());
            }
            printed++;
            return outcome;
        }
        var outcome = ctx.printer().exportPdf(document, pdfs.resolve("doc-" + exported + ".pdf"));
        if (!outcome.succeeded()) {
            throw new IllegalStateException("PDF export failed");
        }
        exported++;
        return null;
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

    static boolean cupsQueueReady() {
        try {
            Process p = new ProcessBuilder("lpstat", "-p", QUEUE).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            return p.waitFor() == 0 && out.contains("enabled");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void write(int transactions, List<SoakVerdict.Sample> samples, int[] mix, CounterDaySoak soak,
            int breaches, int problems, Duration took) throws IOException {
        StringBuilder text = new StringBuilder("transactions=" + transactions + "\nregistrations=" + mix[0]
                + "\nsearches=" + mix[1] + "\nchanges=" + mix[2] + "\nsubmitted=" + mix[3] + "\naccepted=" + mix[4]
                + "\napproved=" + mix[5] + "\ncardsPrinted=" + mix[6] + "\nissued=" + mix[7] + "\nendorsed=" + mix[8]
                + "\nprintedOnCups=" + soak.printed + "\npdfExported=" + soak.exported + "\ncups=" + soak.cups
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
