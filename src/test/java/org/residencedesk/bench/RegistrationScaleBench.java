package org.residencedesk.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.residencedesk.app.AppContext;
import org.residencedesk.cli.DemoDataCommand;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.domain.identity.IsoMod11_2;
import org.residencedesk.domain.registration.SearchKind;
import org.residencedesk.masterdata.ClasspathMasterData;
import org.residencedesk.service.Operator;
import org.residencedesk.service.registration.RegistrationService;
import org.residencedesk.service.registration.SearchPage;
import org.residencedesk.storage.bulk.BulkLoadTuning;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testsupport.RegistrationFixture;
import picocli.CommandLine;

/**
 * The counter's look-ups and saves on a station with N persons (default 1,000,000) made by demo-data:
 * generation time and rate; search by ID number, name prefix and initials; saving one registration;
 * each against a floor measured in the same run (plain JDBC primary-key select, plain JDBC single-row
 * insert with commit). Writes the table to {@code bench/results/registration-scale.md}.
 * Run: {@code bench/run RegistrationScaleBench [N]}; not a surefire test.
 */
public final class RegistrationScaleBench {
    static final int LOOKUPS = 1_000;
    static final int SAVES = 200;
    static final int PREFIX_LOOKUPS = 200;
    static final int PAGE = 20;

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("registration-scale");
        try {
            run(args, dir);
        } finally {
            deleteTree(dir); // ~4 GB for a million persons; never leave it behind
        }
    }

    private static void run(String[] args, Path dir) throws Exception {
        long persons = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
        Path out = Path.of(args.length > 1 ? args[1] : "bench/results/registration-scale.md");
        Clock clock = Clock.system(ZoneId.of("Asia/Shanghai"));
        List<String> rows = new ArrayList<>();
        StringBuilder notes = new StringBuilder();
        String generation;
        BulkLoadTuning.applyBeforeDatabaseOpens(); // as the demo-data command does when run from Main
        try (AppContext ctx = AppContext.open(dir, new ClasspathMasterData(), clock)) {
            long t0 = System.nanoTime();
            CommandLine cli = new CommandLine(new DemoDataCommand(ctx::demoData, ctx::authentication));
            cli.setErr(new PrintWriter(System.err, true)); // progress as it happens
            int code = cli.execute("--persons", Long.toString(persons), "--seed", "2026");
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (code != 0) throw new IllegalStateException("demo-data failed with exit code " + code);
            generation = String.format(Locale.ROOT, "| demo-data --persons %,d (incl. statistics update) | %.1f s"
                    + " | %,.0f persons/s | target < 600 s |", persons, seconds, persons / seconds);
            System.out.println(generation);

            List<Long> pk = new ArrayList<>();
            List<Long> insert = new ArrayList<>();
            List<String> idNumbers = new ArrayList<>();
            List<String> names = new ArrayList<>();
            List<String> initials = new ArrayList<>();
            SplittableRandom rnd = new SplittableRandom(7);
            long maxId;
            try (Connection c = ctx.database().openConnection()) {
                maxId = single(c, "SELECT MAX(ID) FROM PERSON");
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT ID_NUMBER, NAME, NAME_INITIALS FROM PERSON WHERE ID = ?")) {
                    for (int i = 0; i < LOOKUPS; i++) {
                        ps.setLong(1, 1 + rnd.nextLong(maxId));
                        long s = System.nanoTime();
                        try (ResultSet rs = ps.executeQuery()) {
                            rs.next();
                            pk.add(System.nanoTime() - s);
                            idNumbers.add(rs.getString(1));
                            names.add(rs.getString(2).substring(0, Math.min(2, rs.getString(2).length())));
                            initials.add(rs.getString(3).substring(0, Math.min(3, rs.getString(3).length())));
                        }
                    }
                }
                try (Statement st = c.createStatement()) {
                    st.execute("CREATE TABLE BENCH_SCRATCH (ID BIGINT NOT NULL PRIMARY KEY, V VARCHAR(200))");
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO BENCH_SCRATCH VALUES (?, ?)")) {
                    for (int i = 0; i < SAVES; i++) {
                        ps.setLong(1, i);
                        ps.setString(2, "scratch row " + i);
                        long s = System.nanoTime();
                        ps.executeUpdate(); // autocommit: one forced log write per row, like a real save
                        insert.add(System.nanoTime() - s);
                    }
                }
                try (Statement st = c.createStatement()) {
                    st.execute("DROP TABLE BENCH_SCRATCH");
                }
            }
            RegistrationService service = ctx.registration();
            Operator clerk = TestOperators.signIn(ctx, "bench", "基准测试", Role.WINDOW_STAFF);
            List<Long> byId = timeSearches(service, clerk, idNumbers, SearchKind.ID_NUMBER, 1);
            List<Long> byName = timeSearches(service, clerk, names.subList(0, PREFIX_LOOKUPS), SearchKind.NAME, 0);
            List<Long> byInitials = timeSearches(service, clerk, initials.subList(0, PREFIX_LOOKUPS), SearchKind.NAME_INITIALS, 0);
            List<Long> saves = timeSaves(service, clerk, clock);

            rows.add(row("floor: JDBC primary-key select (PERSON)", pk, null));
            rows.add(row("search by ID number (RegistrationService.search)", byId, "≤ 5 ms"));
            rows.add(row("search by name prefix, first page of " + PAGE, byName, null));
            rows.add(row("search by initials prefix, first page of " + PAGE, byInitials, null));
            rows.add(row("floor: JDBC single-row insert + commit (scratch table)", insert, null));
            rows.add(row("save one registration (RegistrationService.register)", saves, "≤ 20 ms"));
            notes.append(String.format(Locale.ROOT, "ID search median / PK floor median: %.1fx; save median /"
                            + " insert floor median: %.1fx%n", median(byId) / median(pk), median(saves) / median(insert)));
        }
        StringBuilder md = new StringBuilder();
        md.append("# Registration scale bench\n\n")
                .append(String.format(Locale.ROOT, "%s, %d cores, Java %s, Derby embedded, run %s.%n%n",
                        System.getProperty("os.name"), Runtime.getRuntime().availableProcessors(),
                        System.getProperty("java.version"), LocalDate.now(clock)))
                .append("| generation | time | rate | target |\n|---|---|---|---|\n").append(generation).append("\n\n")
                .append("| measure | median ms | p95 ms | max ms | target |\n|---|---|---|---|---|\n");
        rows.forEach(r -> md.append(r).append('\n'));
        md.append('\n').append(notes);
        System.out.println(md);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, md.toString(), StandardCharsets.UTF_8);
    }

    private static List<Long> timeSearches(RegistrationService service, Operator clerk, List<String> texts, SearchKind kind,
                                           int expectAtLeast) {
        List<Long> out = new ArrayList<>();
        for (String t : texts) {
            long s = System.nanoTime();
            SearchPage page = service.search(clerk, t, kind, 0, PAGE);
            out.add(System.nanoTime() - s);
            if (page.items().size() < expectAtLeast) throw new IllegalStateException("search found nothing");
        }
        return out;
    }

    /** Fresh Beijing numbers (demo-data never uses province 11), so every save is a new person. */
    private static List<Long> timeSaves(RegistrationService service, Operator clerk, Clock clock) {
        List<Long> out = new ArrayList<>();
        LocalDate birth = LocalDate.of(1985, 1, 1);
        for (int i = 0; i < SAVES; i++) {
            LocalDate b = birth.plusDays(i);
            String body = "110105" + b.toString().replace("-", "") + "001";
            String id = body + IsoMod11_2.checkCharacter(body);
            FormValues v = RegistrationFixture.valid().toBuilder().set("idNumber", id).set("sex", "1")
                    .set("birthDate", b.toString()).set("arrivalDate", LocalDate.now(clock).minusDays(3).toString())
                    .set("operator", "").set("registrationDate", "").set("registrationNumber", "").build();
            long s = System.nanoTime();
            service.register(clerk, v);
            out.add(System.nanoTime() - s);
        }
        return out;
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String row(String what, List<Long> nanos, String target) {
        List<Long> s = new ArrayList<>(nanos);
        s.sort(null);
        return String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %s |", what, s.get(s.size() / 2) / 1e6,
                s.get((int) Math.ceil(s.size() * 0.95) - 1) / 1e6, s.get(s.size() - 1) / 1e6,
                target == null ? "" : target);
    }

    private static double median(List<Long> nanos) {
        List<Long> s = new ArrayList<>(nanos);
        s.sort(null);
        return s.get(s.size() / 2);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
