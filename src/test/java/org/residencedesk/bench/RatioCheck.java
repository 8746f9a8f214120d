package org.residencedesk.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The smoke run's verdict: a figure fails when its product / floor ratio is more than {@code factor} times
 * the ratio of the same figure in the committed results. Figures without a ratio on either side are not
 * compared (reported as such in the table).
 */
public final class RatioCheck {
    private RatioCheck() {
    }

    /** One line per failing figure; empty when everything is within the factor. */
    public static List<String> failures(List<Figure> current, List<Figure> committed, double factor) {
        Map<String, Figure> before = committed.stream().collect(Collectors.toMap(Figure::id, Function.identity(),
                (a, b) -> a));
        List<String> out = new ArrayList<>();
        for (Figure now : current) {
            Figure then = before.get(now.id());
            if (now.ratio() == null || then == null || then.ratio() == null) continue;
            if (now.ratio() > factor * then.ratio()) {
                out.add(String.format(Locale.ROOT, "FAIL %s: ratio %.2f > %.0f x committed %.2f", now.id(),
                        now.ratio(), factor, then.ratio()));
            }
        }
        return out;
    }

    /** A short table: figure, committed ratio, this run's ratio, verdict. */
    public static String table(List<Figure> current, List<Figure> committed, double factor) {
        Map<String, Figure> before = committed.stream().collect(Collectors.toMap(Figure::id, Function.identity(),
                (a, b) -> a));
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-28s %10s %10s  %s%n", "figure",
                "committed", "now", "verdict"));
        for (Figure now : current) {
            Figure then = before.get(now.id());
            Double was = then == null ? null : then.ratio();
            String verdict = now.ratio() == null || was == null ? "not compared"
                    : now.ratio() > factor * was ? "FAIL" : "ok";
            sb.append(String.format(Locale.ROOT, "%-28s %10s %10s  %s%n", now.id(), fmt(was), fmt(now.ratio()),
                    verdict));
        }
        return sb.toString();
    }

    private static String fmt(Double d) {
        return d == null ? "-" : String.format(Locale.ROOT, "%.2f", d);
    }
}
