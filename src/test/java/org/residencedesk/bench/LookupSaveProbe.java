package org.residencedesk.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.registration.SearchKind;
import org.residencedesk.service.Operator;
import org.residencedesk.service.registration.RegistrationService;
import org.residencedesk.storage.bulk.BulkLoadTuning;
import org.residencedesk.testing.TestMasterData;
import org.residencedesk.testing.TestOperators;

/**
 * Diagnosis, not a bench figure (issue 17): find by ID number, find by phone and a committed save on a bench
 * station (the folder {@code bench/run-all} caches: {@code station/}, {@code keys/}), each beside its floor of
 * {@link JdbcFloors}, interleaved, after a warm-up; prints median / p95 / max and the ratio of the medians. With
 * {@code -Dderby.language.logStatementText=true -Dderby.stream.error.file=F} Derby logs every statement; one
 * look-up and one save run between {@code VALUES 'PROBE-…'} markers, so the statements of each can be counted in F.
 * <pre>LookupSaveProbe CACHE_DIR [n] [rounds]</pre>
 */
public final class LookupSaveProbe {
    private LookupSaveProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path cache = Path.of(args[0]);
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        Clock clock = Clock.system(ZoneId.of("Asia/Shanghai"));
        BulkLoadTuning.applyBeforeDatabaseOpens();
        try (AppContext ctx = AppContext.open(cache.resolve("station"), cache.resolve("keys"), TestMasterData.shared(),
                clock)) {
            Operator clerk = TestOperators.signIn(ctx, "bench", "基准测试", Role.WINDOW_STAFF);
            RegistrationService service = ctx.registration();
            try (Connection c = ctx.database().openConnection(); JdbcFloors floors = new JdbcFloors(c)) {
                Probes probes = Probes.sample(c, n);
                FreshIdentities fresh = new FreshIdentities(c);
                marked(c, "PROBE-find-id", () -> service.search(clerk, probes.idNumbers().get(0), SearchKind.ID_NUMBER,
                        0, BenchSuite.PAGE));
                marked(c, "PROBE-floor-find-id", () -> floors.lookup("ID_NUMBER", probes.idNumbers().get(0)));
                marked(c, "PROBE-save", () -> fresh.saveNew(service, clerk, clock));
                marked(c, "PROBE-floor-save", () -> floors.saveRows(0));
                marked(c, "PROBE-end", () -> null);
                for (int r = 0; r < rounds + 1; r++) { // round 0 warms up
                    String label = r == 0 ? "warm-up" : "round " + r;
                    List<Long> ip = new ArrayList<>(), ifl = new ArrayList<>(), pp = new ArrayList<>(),
                            pf = new ArrayList<>(), sp = new ArrayList<>(), sf = new ArrayList<>();
                    // the same on the thread's CPU clock: what the work costs, whatever else the machine runs
                    List<Long> ipc = new ArrayList<>(), ifc = new ArrayList<>(), ppc = new ArrayList<>(),
                            pfc = new ArrayList<>(), spc = new ArrayList<>(), sfc = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        String id = probes.idNumbers().get(i);
                        long cpu = cpu();
                        long s = System.nanoTime();
                        if (service.search(clerk, id, SearchKind.ID_NUMBER, 0, BenchSuite.PAGE).items().isEmpty()) {
                            throw new IllegalStateException("not found by ID number");
                        }
                        ip.add(System.nanoTime() - s);
                        ipc.add(cpu() - cpu);
                        cpu = cpu();
                        ifl.add(floors.lookup("ID_NUMBER", id));
                        ifc.add(cpu() - cpu);
                        String phone = probes.phones().get(i);
                        cpu = cpu();
                        s = System.nanoTime();
                        if (service.search(clerk, phone, SearchKind.PHONE, 0, BenchSuite.PAGE).items().isEmpty()) {
                            throw new IllegalStateException("not found by phone");
                        }
                        pp.add(System.nanoTime() - s);
                        ppc.add(cpu() - cpu);
                        cpu = cpu();
                        pf.add(floors.lookup("MOBILE", phone));
                        pfc.add(cpu() - cpu);
                        if (i % 2 == 0) {
                            long[] took = fresh.timeSave(service, clerk, clock);
                            sp.add(took[0]);
                            spc.add(took[1]);
                            cpu = cpu();
                            sf.add(floors.saveRows(r * n + i + 1));
                            sfc.add(cpu() - cpu);
                        }
                    }
                    List<Long> conn = new ArrayList<>();
                    for (int i = 0; i < 100; i++) {
                        long s = System.nanoTime();
                        ctx.database().openConnection().close();
                        conn.add(System.nanoTime() - s);
                    }
                    System.out.printf("%s (load %s)%n", label, load());
                    print("open+close a connection", conn, conn);
                    print("find by ID", ip, ifl);
                    print("find by phone", pp, pf);
                    print("save", sp, sf);
                    print("find by ID (CPU)", ipc, ifc);
                    print("find by phone (CPU)", ppc, pfc);
                    print("save (CPU)", spc, sfc);
                }
            }
        }
        System.exit(0);
    }

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    /** This thread's CPU time (ns): Derby's embedded work runs on it too. */
    static long cpu() {
        return THREADS.getCurrentThreadCpuTime();
    }

    interface Work {
        Object run() throws Exception;
    }

    private static void marked(Connection c, String mark, Work work) throws Exception {
        try (Statement st = c.createStatement()) {
            st.execute("VALUES '" + mark + "'");
        }
        c.commit();
        work.run();
    }

    private static void print(String what, List<Long> product, List<Long> floor) {
        Sample p = Sample.ofNanos(product);
        Sample f = Sample.ofNanos(floor);
        System.out.printf("  %-24s product %6.2f / %6.2f / %7.2f   floor %6.2f / %6.2f / %7.2f   ratio %.2f%n", what,
                p.median(), p.p95(), p.max(), f.median(), f.p95(), f.max(), p.median() / f.median());
    }

    private static String load() {
        try {
            return java.nio.file.Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}
