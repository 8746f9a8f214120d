package org.residencedesk.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.residencedesk.domain.masterdata.DivisionLevel;
import org.residencedesk.masterdata.ClasspathMasterData;

/**
 * First-use cost of {@link ClasspathMasterData} (CSV parsing, tree, pinyin initials) compared with a
 * floor measured in the same run: just reading the same CSV lines from the classpath. Also the
 * cost of one keyboard search. Run: {@code java -cp target/classes:target/test-classes:<deps> ...}
 * or from the IDE; not a surefire test.
 */
public final class MasterDataLoadBench {
    private static final String[] FILES = {"forms/divisions/provinces.csv", "forms/divisions/cities.csv",
        "forms/divisions/counties.csv", "forms/divisions/hubei-townships.csv", "forms/divisions/hubei-villages.csv"};

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<Long> floor = new ArrayList<>();
        List<Long> load = new ArrayList<>();
        List<Long> search = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            long lines = readLines();
            floor.add(System.nanoTime() - t0);

            ClasspathMasterData data = new ClasspathMasterData();
            long t1 = System.nanoTime();
            data.preload();
            load.add(System.nanoTime() - t1);

            long t2 = System.nanoTime();
            int hits = 0;
            for (int k = 0; k < 100; k++) hits += data.searchDivisions("hs", DivisionLevel.COUNTY, "42", 20).size();
            search.add((System.nanoTime() - t2) / 100);
            if (lines == 0 || hits == 0) throw new IllegalStateException("nothing read");
        }
        System.out.println("| measure (" + rounds + " rounds, first round includes class loading) | first ms | median ms |");
        System.out.println("|---|---|---|");
        row("floor: read division CSV lines", floor);
        row("ClasspathMasterData first use (all tables + divisions)", load);
        row("searchDivisions(\"hs\", COUNTY, \"42\", 20)", search);
        System.out.printf("%nfirst-use load / floor (medians): %.1fx%n", median(load) / median(floor));
    }

    private static long readLines() throws IOException {
        long n = 0;
        for (String f : FILES) {
            InputStream in = MasterDataLoadBench.class.getClassLoader().getResourceAsStream(f);
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                while (r.readLine() != null) n++;
            }
        }
        return n;
    }

    private static void row(String what, List<Long> nanos) {
        System.out.printf("| %s | %.2f | %.2f |%n", what, nanos.get(0) / 1e6, median(nanos) / 1e6);
    }

    private static double median(List<Long> nanos) {
        List<Long> s = new ArrayList<>(nanos);
        s.sort(null);
        return s.get(s.size() / 2);
    }
}
