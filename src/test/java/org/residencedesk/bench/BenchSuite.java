package org.residencedesk.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.residencedesk.app.AppContext;
import org.residencedesk.cli.DemoDataCommand;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.registration.SearchKind;
import org.residencedesk.service.Operator;
import org.residencedesk.service.registration.RegistrationService;
import org.residencedesk.storage.bulk.BulkLoadTuning;
import org.residencedesk.testing.TestMasterData;
import org.residencedesk.testing.TestOperators;
import picocli.CommandLine;

/**
 * Every figure of issue 17 the harness can reach, each beside its floor measured in the same run, written as
 * bench/results.json and bench/RESULTS.md. The station (demo-data of N persons) lives in {@code --cache DIR}
 * and is built only when that folder has none; {@code bench/run-all} keys the folder by size and schema version.
 * Not a surefire test: wall-clock numbers stay out of the suite.
 * <pre>BenchSuite --persons N --cache DIR [--quick] [--commit C] [--json F] [--markdown F] [--notes F]
 *            [--compare committed.json]   (smoke: exit 1 when a ratio is more than 3 x the committed one)
 *            --render results.json [--notes F] [--markdown F]   (notes changed: rewrite both files)</pre>
 */
public final class BenchSuite {
    static final int PAGE = 20;
    /** The look-ups' floor (ADR 0384): the audit row drawn from a counter row and chained, as the product's. */
    static final String LOOKUP_FLOOR = "indexed select + counted, chained audit insert";
    static final double SMOKE_FACTOR = 3.0;

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = options(args);
        if (opt.containsKey("render")) { // re-render RESULTS.md from results.json with the current notes file
            Path json = Path.of(opt.get("render"));
            BenchReport r = BenchReport.read(json);
            List<String> notes = opt.containsKey("notes") && Files.exists(Path.of(opt.get("notes")))
                    ? List.of(Files.readString(Path.of(opt.get("notes")), StandardCharsets.UTF_8).strip()) : List.of();
            new BenchReport(r.machine(), r.date(), r.commit(), r.persons(), r.quick(), r.figures(), notes)
                    .write(json, Path.of(opt.getOrDefault("markdown", "bench/RESULTS.md")));
            return;
        }
        if (opt.containsKey("only")) { // one figure with a station of its own, merged into the committed results
            Path json = Path.of(opt.getOrDefault("json", "bench/results.json"));
            Figure figure = only(opt.get("only"), Path.of(opt.getOrDefault("work", "target/bench-one")),
                    opt.getOrDefault("commit", "unknown"), opt.containsKey("quick"));
            BenchReport merged = BenchReport.read(json).with(figure);
            merged.write(json, opt.containsKey("markdown") ? Path.of(opt.get("markdown")) : null);
            System.out.println(figure);
            System.exit(0);
        }
        long persons = Long.parseLong(opt.getOrDefault("persons", "1000000"));
        boolean quick = opt.containsKey("quick");
        Path cache = Path.of(opt.getOrDefault("cache", "target/bench-cache/" + persons));
        Clock clock = Clock.system(ZoneId.of("Asia/Shanghai"));
        Path json = Path.of(opt.getOrDefault("json", "bench/results.json"));
        Path md = opt.containsKey("markdown") ? Path.of(opt.get("markdown")) : null;
        BenchSuite suite = new BenchSuite(persons, quick, cache, clock);
        suite.partialTo = opt.containsKey("compare") ? null : new Path[] {json, md}; // the smoke keeps the committed file
        BenchReport report = suite.run(opt.getOrDefault("commit", "unknown"),
                opt.containsKey("notes") ? Path.of(opt.get("notes")) : null);
        report.write(json, md);
        System.out.println(report.toMarkdown());
        if (opt.containsKey("compare")) {
            BenchReport committed = BenchReport.read(Path.of(opt.get("compare")));
            System.out.print(RatioCheck.table(report.figures(), committed.figures(), SMOKE_FACTOR));
            List<String> failures = RatioCheck.failures(report.figures(), committed.figures(), SMOKE_FACTOR);
            failures.forEach(System.out::println);
            System.exit(failures.isEmpty() ? 0 : 1);
        }
        System.exit(0); // JavaFX-free, but Derby and Hibernate leave non-daemon threads behind
    }

    private final long persons;
    private final boolean quick;
    private final Path cache;
    private final Clock clock;
    private final List<Figure> figures = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    /** Where each figure is written as soon as it is measured (json, markdown), or null. */
    Path[] partialTo;
    private Map<String, String> machine;
    private String commit = "unknown";

    BenchSuite(long persons, boolean quick, Path cache, Clock clock) {
        this.persons = persons;
        this.quick = quick;
        this.cache = cache;
        this.clock = clock;
    }

    BenchReport run(String commit, Path notesFile) throws Exception {
        this.commit = commit;
        this.machine = Machine.describe();
        if (notesFile != null && Files.exists(notesFile)) notes.add(Files.readString(notesFile, StandardCharsets.UTF_8).strip());
        Path station = cache.resolve("station");
        Path keys = cache.resolve("keys");
        Path built = cache.resolve("demo-data.properties");
        BulkLoadTuning.applyBeforeDatabaseOpens();
        try (AppContext ctx = AppContext.open(station, keys, TestMasterData.shared(), clock)) {
            demoData(ctx, built);
            Operator clerk = TestOperators.signIn(ctx, "bench", "基准测试", Role.WINDOW_STAFF);
            try (Connection c = ctx.database().openConnection(); JdbcFloors floors = new JdbcFloors(c)) {
                Probes probes = Probes.sample(c, (quick ? 200 : 1_000) + LOOKUP_WARM_UP);
                lookups(ctx.registration(), clerk, floors, probes);
                attempt(List.<String[]>of(new String[] {"save", "save a registration, committed", "p95 ≤ 20 ms and ≤ 2 × floor"}),
                        () -> List.of(SaveFigure.measure(ctx, clerk, floors, c, clock, quick)));
                Path reports = work("reports");
                attempt(List.of(new String[] {"daily-pdf", "daily summary PDF", "≤ 3 s"},
                        new String[] {"monthly-pdf", "monthly statistics PDF", "≤ 10 s"}),
                        () -> new ReportFigures(ctx, clock, quick, reports).measure(clerk, c));
            }
        }
        // figures with a station or a JVM of their own, after the bench station closed (the window opens it)
        Path own = work("own");
        attempt("import", "import of collected rows", "≤ 30 s", () -> ImportFigure.measure(own, clock, quick));
        attempt("upload-drain", "upload drain of the backlog", "≥ 2,000 events/s",
                () -> UploadDrainFigure.measure(own, clock, quick));
        attempt("cold-start", "cold start to the login window shown", "≤ 1.5 × a bare JavaFX window with one button",
                () -> WindowFigures.coldStart(station, keys, quick));
        add(Figure.notMeasured("cold-start-appcds", "cold start to the login window shown with AppCDS",
                "≤ 1.5 × a bare JavaFX window with one button", "the JVM writes no class-data archive for a class path "
                + "with directories (target/classes); tried by hand with jars in session 9 (an archive each from "
                + "-XX:ArchiveClassesAtExit): it took about 400 ms of CPU off the program and the bare window alike, "
                + "so the ratio stayed where it was; the launchers do not use it (known gaps)"));
        attempt("resident-memory", "resident memory after a counter day", "≤ 400 MB",
                () -> WindowFigures.residentMemory(own, clock, quick ? 100 : 600));
        attempt("card-to-form", "card reply → form filled on screen", "≤ 50 ms",
                () -> WindowFigures.cardToForm(own, clock, quick ? 3 : 20));
        return new BenchReport(machine, LocalDate.now(clock).toString(), commit, persons, quick, figures, notes);
    }

    interface Measure<T> {
        T get() throws Exception;
    }

    /** One figure; a probe that fails (a window not shown, a child that died) is written as not measured, why. */
    private void attempt(String id, String title, String target, Measure<Figure> measure) throws IOException {
        attempt(List.<String[]>of(new String[] {id, title, target}), () -> List.of(measure.get()));
    }

    private void attempt(List<String[]> ids, Measure<List<Figure>> measure) throws IOException {
        List<Figure> measured;
        try {
            measured = measure.get();
        } catch (Exception | Error e) {
            if (e instanceof OutOfMemoryError || e instanceof InterruptedException) throw new IllegalStateException(e);
            System.err.println("bench: " + ids.get(0)[0] + " not measured: " + e);
            e.printStackTrace();
            String reason = "the probe failed in this run: " + e.getClass().getSimpleName() + ": " + e.getMessage();
            measured = ids.stream().map(i -> Figure.notMeasured(i[0], i[1], i[2], reason)).toList();
        }
        for (Figure f : measured) add(f);
    }

    /** A figure is written out as soon as it is measured: a run cut off keeps what it measured. */
    private void add(Figure figure) throws IOException {
        figures.add(figure);
        if (partialTo == null) return;
        List<String> partial = new ArrayList<>();
        partial.add(String.format(java.util.Locale.ROOT, "**Partial run**: written after each figure; %d figures so "
                + "far (the last: %s, at %s, load average %s). A run that was cut off ends here; the figures it did "
                + "not reach are absent.", figures.size(), figure.id(), java.time.LocalTime.now(clock).withNano(0),
                loadAverage()));
        partial.addAll(notes);
        new BenchReport(machine, LocalDate.now(clock).toString(), commit, persons, quick, figures, partial)
                .write(partialTo[0], partialTo[1]);
    }

    /** A scratch folder beside the station (owner-only), emptied first. */
    private Path work(String name) throws IOException {
        Path dir = cache.resolve("work").resolve(name);
        OwnStation.delete(dir);
        Files.createDirectories(dir);
        storageOwnerOnly(cache.resolve("work"));
        return dir;
    }

    private static void storageOwnerOnly(Path dir) throws IOException {
        Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
    }

    /** The bench station's permits: about 30 % of the persons, in every state (issue 17; bulk path, ADR 0390). */
    static long permitsFor(long persons) {
        return persons * 3 / 10;
    }

    private void demoData(AppContext ctx, Path built) throws IOException {
        Target target = Target.p95("≤ 300 s", 300);
        String command = "demo-data --persons " + persons + " --seed 2026 --permits " + permitsFor(persons);
        if (Files.exists(built)) {
            var p = new java.util.Properties();
            try (var in = Files.newBufferedReader(built)) {
                p.load(in);
            }
            double s = Double.parseDouble(p.getProperty("seconds"));
            // a station cached before --permits has the default permits (at most 300): its own command is named
            String cached = p.getProperty("command", "demo-data --persons " + persons + " --seed 2026");
            add(Figure.measured("demo-data", cached, "s", Sample.of(List.of(s)), target, null, null, false,
                    "measured when the cached station was built on " + p.getProperty("date")
                            + (p.getProperty("permits") == null ? "; built without --permits: delete the cache for"
                            + " the station of 30 % permits" : "; permits per status: " + p.getProperty("permits"))));
            return;
        }
        long t0 = System.nanoTime();
        CommandLine cli = new CommandLine(new DemoDataCommand(ctx::demoData, ctx::authentication));
        cli.setErr(new PrintWriter(System.err, true));
        java.io.StringWriter summary = new java.io.StringWriter();
        cli.setOut(new PrintWriter(summary, true));
        int code = cli.execute(command.substring("demo-data ".length()).split(" "));
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (code != 0) throw new IllegalStateException("demo-data failed with exit code " + code);
        String permits = summary.toString().lines().filter(l -> l.contains("{")).findFirst().orElse("")
                .replaceAll(".*(\\{.*\\}).*", "$1");
        Files.writeString(built, "seconds=" + seconds + "\ndate=" + LocalDate.now(clock) + "\ncommand=" + command
                + "\npermits=" + permits.replace("=", ":") + "\n");
        add(Figure.measured("demo-data", command, "s", Sample.of(List.of(seconds)),
                target, null, null, false, "measured in this run (the station was built); permits per status: " + permits));
    }

    /**
     * Look-ups of each kind made before the timed ones, on other persons, not in the figures (ADR 0405): the product's
     * code is compiled by the JIT later than its floor's; the first look-ups of the run were measured against a
     * compiled floor before.
     */
    static final int LOOKUP_WARM_UP = 500;

    private void lookups(RegistrationService service, Operator clerk, JdbcFloors floors, Probes probes)
            throws IOException {
        int prefixes = quick ? 50 : 200;
        int timed = probes.idNumbers().size() - LOOKUP_WARM_UP;
        timed("find-id", "find by ID number (incl. audit)", Target.p95AndRatio("p95 ≤ 5 ms and ≤ 2 × floor", 5, 2),
                LOOKUP_FLOOR, probes.idNumbers(), timed,
                t -> service.search(clerk, t, SearchKind.ID_NUMBER, 0, PAGE).items().size(),
                t -> floors.lookup("ID_NUMBER", t));
        timed("find-phone", "find by phone (incl. audit)", Target.p95AndRatio("p95 ≤ 5 ms and ≤ 2 × floor", 5, 2),
                LOOKUP_FLOOR, probes.phones(), timed,
                t -> service.search(clerk, t, SearchKind.PHONE, 0, PAGE).items().size(),
                t -> floors.lookup("MOBILE", t));
        Target fifty = Target.p95("p95 ≤ 50 ms", 50);
        String floorTitle = "range scan of the (column, ID) index, one page, + counted, chained audit insert";
        timed("find-name-prefix", "find by name prefix (2 characters), first page", fifty, floorTitle,
                probes.names(2), prefixes,
                t -> service.search(clerk, t, SearchKind.NAME, 0, PAGE).items().size(),
                t -> floors.prefixPage("NAME", t, PAGE));
        timed("find-initials-3", "find by pinyin initials (3 letters), first page", fifty, floorTitle,
                probes.initials(3), prefixes,
                t -> service.search(clerk, t, SearchKind.NAME_INITIALS, 0, PAGE).items().size(),
                t -> floors.prefixPage("NAME_INITIALS", t, PAGE));
        timed("find-initials-1", "find by pinyin initials (ONE letter), first page", fifty, floorTitle,
                probes.initials(1), prefixes,
                t -> service.search(clerk, t, SearchKind.NAME_INITIALS, 0, PAGE).items().size(),
                t -> floors.prefixPage("NAME_INITIALS", t, PAGE));
    }

    /**
     * One figure that needs no cached station ({@code upload-drain}, {@code import}, {@code resident-memory},
     * {@code card-to-form}, {@code cold-start} on a 10,000-person station of its own), measured alone; its note says when, at which commit and under which load average.
     */
    static Figure only(String id, Path work, String commit, boolean quick) throws Exception {
        Clock clock = Clock.system(ZoneId.of("Asia/Shanghai"));
        OwnStation.delete(work);
        Files.createDirectories(work);
        storageOwnerOnly(work);
        String loadBefore = loadAverage();
        Figure f = switch (id) {
            case "upload-drain" -> UploadDrainFigure.measure(work, clock, quick);
            case "import" -> ImportFigure.measure(work, clock, quick);
            case "resident-memory" -> WindowFigures.residentMemory(work, clock, quick ? 100 : 600);
            case "card-to-form" -> WindowFigures.cardToForm(work, clock, quick ? 3 : 20);
            case "cold-start" -> coldStartAlone(work, clock, quick);
            default -> throw new IllegalArgumentException("no figure of its own station called " + id);
        };
        String when = String.format(java.util.Locale.ROOT, "measured alone (bench/run-one %s) on %s at commit %s, load average %s before "
                + "and %s after", id, LocalDate.now(clock), commit, loadBefore, loadAverage());
        return new Figure(f.id(), f.title(), f.unit(), f.product(), f.target(), f.floorTitle(), f.floor(), f.ratio(),
                f.meets(), f.notMeasured(), f.note() == null ? when : f.note() + "; " + when);
    }

    /**
     * The cold start on a demo station of 10,000 persons of its own (the start reads no persons: enough to try a change
     * without the cached 1,000,000-person station); the window figures' warm-up start makes the window remember it.
     */
    private static Figure coldStartAlone(Path work, Clock clock, boolean quick) throws Exception {
        Path station = work.resolve("station");
        Path keys = work.resolve("keys");
        try (AppContext ctx = AppContext.open(station, keys, TestMasterData.shared(), clock)) {
            ctx.demoData().generate(org.residencedesk.service.demodata.DemoDataRequest.of(10_000),
                    org.residencedesk.service.demodata.DemoDataListener.SILENT);
        }
        try {
            return WindowFigures.coldStart(station, keys, quick);
        } finally {
            OwnStation.delete(work);
        }
    }

    /** The 1-minute load average of the machine (other processes show in the figures). */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    interface FloorProbe {
        long apply(String text) throws SQLException;
    }

    /**
     * The first {@code timed} texts measured, each by the product and its floor in turn; the last
     * {@link #LOOKUP_WARM_UP} texts run first, not measured. Which of the two reads a text first alternates: the
     * second finds the person's pages in Derby's cache, so always reading second favoured the floor.
     */
    private void timed(String id, String title, Target target, String floorTitle, List<String> texts, int timed,
                       Function<String, Integer> product, FloorProbe floor) throws IOException {
        attempt(id, title, target.text(), () -> timedFigure(id, title, target, floorTitle, texts, timed, product,
                floor));
    }

    private Figure timedFigure(String id, String title, Target target, String floorTitle, List<String> texts,
                               int timed, Function<String, Integer> product, FloorProbe floor) throws SQLException {
        for (String t : texts.subList(texts.size() - LOOKUP_WARM_UP, texts.size())) {
            product.apply(t);
            floor.apply(t);
        }
        List<Long> p = new ArrayList<>();
        List<Long> f = new ArrayList<>();
        List<String> measured = texts.subList(0, timed);
        for (int i = 0; i < measured.size(); i++) {
            String t = measured.get(i);
            if (i % 2 == 1) f.add(floor.apply(t));
            long s = System.nanoTime();
            int rows = product.apply(t);
            p.add(System.nanoTime() - s);
            if (rows == 0) { // the text is a probe's prefix (demo data): what the next person needs to look at
                throw new IllegalStateException(id + ": a probe taken from the station found nothing: '" + t + "'");
            }
            if (i % 2 == 0) f.add(floor.apply(t));
        }
        return Figure.measured(id, title, "ms", Sample.ofNanos(p), target, floorTitle, Sample.ofNanos(f), false,
                LOOKUP_WARM_UP + " look-ups of each on other persons first, not measured; the product and the floor "
                        + "take turns reading a person first (ADR 0405)");
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) throw new IllegalArgumentException("unexpected argument: " + args[i]);
            String key = args[i].substring(2);
            boolean flag = i + 1 >= args.length || args[i + 1].startsWith("--");
            out.put(key, flag ? "true" : args[++i]);
        }
        return out;
    }
}
