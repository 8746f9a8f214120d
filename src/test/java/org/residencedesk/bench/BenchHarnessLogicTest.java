package org.residencedesk.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bench harness's pure logic: percentiles, targets, ratios, the smoke verdict and the results file. */
class BenchHarnessLogicTest {

    @Test
    void percentilesAreNearestRankValuesThatWereMeasured() {
        List<Double> values = new ArrayList<>();
        for (int i = 100; i >= 1; i--) values.add((double) i); // unsorted on purpose
        Sample s = Sample.of(values);
        assertThat(s.count()).isEqualTo(100);
        assertThat(s.median()).isEqualTo(50.0);
        assertThat(s.p95()).isEqualTo(95.0);
        assertThat(s.max()).isEqualTo(100.0);
        Sample three = Sample.of(List.of(3.0, 1.0, 2.0));
        assertThat(three.median()).isEqualTo(2.0);
        assertThat(three.p95()).isEqualTo(3.0);
        assertThat(Sample.of(List.of(7.0)).p95()).isEqualTo(7.0);
        assertThatThrownBy(() -> Sample.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nanosAreReportedInMilliseconds() {
        Sample s = Sample.ofNanos(List.of(1_500_000L, 2_000_000L, 250_000L));
        assertThat(s.median()).isEqualTo(1.5);
        assertThat(s.max()).isEqualTo(2.0);
    }

    @Test
    void targetsCheckEveryBoundTheyHave() {
        Sample fast = Sample.of(List.of(1.0, 2.0, 4.0));
        Target t = Target.p95AndRatio("p95 ≤ 5 ms and ≤ 2 × floor", 5, 2);
        assertThat(t.metBy(fast, 1.9)).isTrue();
        assertThat(t.metBy(fast, 2.1)).isFalse();
        assertThat(t.metBy(fast, null)).isFalse();
        assertThat(t.metBy(Sample.of(List.of(1.0, 6.0)), 1.0)).isFalse();
        assertThat(Target.atLeast("≥ 2,000 events/s", 2000).metBy(Sample.of(List.of(1999.0)), null)).isFalse();
        assertThat(Target.atLeast("≥ 2,000 events/s", 2000).metBy(Sample.of(List.of(2000.0)), null)).isTrue();
    }

    @Test
    void ratioIsProductOverFloorAndReferenceFiguresMeetNothing() {
        Figure slow = Figure.measured("save", "save", "ms", Sample.of(List.of(6.0)), Target.p95AndRatio("x", 20, 2),
                "floor", Sample.of(List.of(2.0)), false, null);
        assertThat(slow.ratio()).isEqualTo(3.0);
        assertThat(slow.meets()).isFalse();
        Figure drain = Figure.measured("drain", "drain", "events/s", Sample.of(List.of(1000.0)),
                Target.atLeast("≥ 2,000", 2000), "sim", Sample.of(List.of(4000.0)), true, null);
        assertThat(drain.ratio()).isEqualTo(4.0);
        Figure ref = Figure.measured("old", "old", "ms", Sample.of(List.of(1.0)), Target.reference("before"), null,
                null, false, null);
        assertThat(ref.meets()).isNull();
        assertThat(ref.ratio()).isNull();
    }

    @Test
    void smokeFailsOneLinePerFigureMoreThanThreeTimesItsCommittedRatio() {
        List<Figure> committed = List.of(withRatio("find-id", 2.0), withRatio("save", 5.0), withRatio("gone", 1.0),
                Figure.notMeasured("cold-start", "cold", "≤ 1.5", "later"));
        List<Figure> now = List.of(withRatio("find-id", 6.0), withRatio("save", 15.5), withRatio("new", 99.0),
                Figure.notMeasured("cold-start", "cold", "≤ 1.5", "later"));
        List<String> failures = RatioCheck.failures(now, committed, 3.0);
        assertThat(failures).containsExactly("FAIL save: ratio 15.50 > 3 x committed 5.00");
        String table = RatioCheck.table(now, committed, 3.0);
        assertThat(table.lines().toList()).contains(
                String.format("%-28s %10s %10s  %s", "find-id", "2.00", "6.00", "ok"),
                String.format("%-28s %10s %10s  %s", "save", "5.00", "15.50", "FAIL"),
                String.format("%-28s %10s %10s  %s", "new", "-", "99.00", "not compared"),
                String.format("%-28s %10s %10s  %s", "cold-start", "-", "-", "not compared"));
    }

    @Test
    void resultsSurviveTheJsonRoundTripAndTheMarkdownNamesEveryFigure() {
        Map<String, String> machine = new LinkedHashMap<>();
        machine.put("cpu", "Test CPU");
        machine.put("cores", "2");
        Figure save = Figure.measured("save", "save a registration", "ms", Sample.of(List.of(3.0, 4.0, 10.0)),
                Target.p95AndRatio("p95 ≤ 20 ms and ≤ 2 × floor", 20, 2), "plain JDBC", Sample.of(List.of(1.0, 2.0)),
                false, "a note");
        Figure cold = Figure.notMeasured("cold-start", "cold start", "≤ 1.5 × bare window", "not reached");
        BenchReport report = new BenchReport(machine, "2026-11-30", "abc1234", 10_000, true, List.of(save, cold),
                List.of("free text"));
        String json = report.toJson();
        assertThat(json).contains("\"meets\" : false").contains("\"notMeasured\" : \"not reached\"");
        BenchReport back = BenchReport.fromJson(json);
        assertThat(back).isEqualTo(report);
        String md = report.toMarkdown();
        assertThat(md).contains("| save a registration | ms | 3 | 4.00 | 10.00 | 10.00 | p95 ≤ 20 ms and ≤ 2 × floor "
                + "| plain JDBC | 1.00 | 4.00 | false |");
        assertThat(md).contains("| cold start | ≤ 1.5 × bare window | not reached |");
        assertThat(md).contains("- commit: abc1234").contains("- cpu: Test CPU").contains("free text");
        assertThatThrownBy(() -> BenchReport.fromJson("not json")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFigureMeasuredAloneReplacesItsLineAndKeepsTheOthers() {
        Figure save = withRatio("save", 2.0);
        Figure drainNotMeasured = Figure.notMeasured("upload-drain", "upload drain", "≥ 2,000 events/s", "not reached");
        Figure memory = withRatio("resident-memory", 1.0);
        BenchReport committed = new BenchReport(Map.of("cores", "2"), "2026-11-30", "abc1234", 100_000, false,
                List.of(save, drainNotMeasured, memory), List.of("notes"));
        Figure drain = withRatio("upload-drain", 1.5);

        BenchReport merged = committed.with(drain);
        assertThat(merged.figures()).containsExactly(save, drain, memory);
        assertThat(merged.notes()).containsExactly("notes");
        assertThat(merged.commit()).isEqualTo("abc1234");
        assertThat(committed.with(withRatio("card-to-form", 1.0)).figures()).extracting(Figure::id)
                .containsExactly("save", "upload-drain", "resident-memory", "card-to-form");
    }

    @Test
    void optionsTakeValuesAndFlags() {
        Map<String, String> o = BenchSuite.options(new String[] {"--persons", "10000", "--quick", "--cache", "/tmp/x"});
        assertThat(o).containsExactly(Map.entry("persons", "10000"), Map.entry("quick", "true"),
                Map.entry("cache", "/tmp/x"));
        assertThatThrownBy(() -> BenchSuite.options(new String[] {"10000"})).isInstanceOf(IllegalArgumentException.class);
    }

    private static Figure withRatio(String id, double ratio) {
        return Figure.measured(id, id, "ms", Sample.of(List.of(ratio)), Target.p95("x", 100), "floor",
                Sample.of(List.of(1.0)), false, null);
    }
}
