package org.residencedesk.service.demodata;

import java.util.List;
import java.util.SplittableRandom;

/** Values with relative weights, drawn by a cumulative table (tables here are small). */
final class Weighted<T> {
    private final List<T> values;
    private final double[] cumulative;

    private Weighted(List<T> values, double[] weights) {
        if (values.isEmpty() || values.size() != weights.length) {
            throw new IllegalArgumentException("need one weight per value");
        }
        this.values = List.copyOf(values);
        this.cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            cumulative[i] = sum;
        }
    }

    static <T> Weighted<T> of(List<T> values, double... weights) {
        return new Weighted<>(values, weights);
    }

    /** Alternating value, weight pairs: {@code pairs("01", 55, "03", 12)}. */
    static Weighted<String> pairs(Object... valueWeight) {
        String[] values = new String[valueWeight.length / 2];
        double[] weights = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = (String) valueWeight[2 * i];
            weights[i] = ((Number) valueWeight[2 * i + 1]).doubleValue();
        }
        return new Weighted<>(List.of(values), weights);
    }

    /** Every value equally likely. */
    static <T> Weighted<T> uniform(List<T> values) {
        double[] w = new double[values.size()];
        java.util.Arrays.fill(w, 1);
        return new Weighted<>(values, w);
    }

    T draw(SplittableRandom rnd) {
        double x = rnd.nextDouble() * cumulative[cumulative.length - 1];
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > x) hi = mid; else lo = mid + 1;
        }
        return values.get(lo);
    }

    List<T> values() {
        return values;
    }
}
