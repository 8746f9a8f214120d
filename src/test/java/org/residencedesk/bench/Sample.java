package org.residencedesk.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Median, p95 and max of measured durations (nearest-rank percentiles: the value at rank ceil(q × n) of the
 * sorted sample, so every reported figure is one that was actually measured).
 */
public record Sample(int count, double median, double p95, double max) {

    /** Durations in nanoseconds, reported in milliseconds. */
    public static Sample ofNanos(List<Long> nanos) {
        List<Double> ms = new ArrayList<>(nanos.size());
        nanos.forEach(n -> ms.add(n / 1e6));
        return of(ms);
    }

    /** Values in the figure's own unit. */
    public static Sample of(List<Double> values) {
        if (values.isEmpty()) throw new IllegalArgumentException("no values measured");
        List<Double> s = new ArrayList<>(values);
        s.sort(null);
        return new Sample(s.size(), percentile(s, 0.5), percentile(s, 0.95), s.get(s.size() - 1));
    }

    /** Nearest-rank percentile of an ascending list, 0 < q ≤ 1. */
    static double percentile(List<Double> sorted, double q) {
        if (q <= 0 || q > 1) throw new IllegalArgumentException("q must be in (0, 1]: " + q);
        int rank = (int) Math.ceil(q * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }
}
