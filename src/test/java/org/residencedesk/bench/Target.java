package org.residencedesk.bench;

/**
 * What a figure must meet (issue 17's table): a p95 ceiling, a ceiling on product / floor, a throughput
 * floor, each optional; {@code text} is the target as the table states it.
 */
public record Target(String text, Double p95AtMost, Double ratioAtMost, Double medianAtLeast) {

    public static Target p95(String text, double p95AtMost) {
        return new Target(text, p95AtMost, null, null);
    }

    public static Target p95AndRatio(String text, double p95AtMost, double ratioAtMost) {
        return new Target(text, p95AtMost, ratioAtMost, null);
    }

    public static Target atLeast(String text, double medianAtLeast) {
        return new Target(text, null, null, medianAtLeast);
    }

    /** A figure measured for reference only (e.g. a query shape before a fix): nothing to meet. */
    public static Target reference(String text) {
        return new Target(text, null, null, null);
    }

    public boolean hasBounds() {
        return p95AtMost != null || ratioAtMost != null || medianAtLeast != null;
    }

    /** Whether a measured sample (and its ratio to the floor, null when there is none) meets every bound. */
    public boolean metBy(Sample sample, Double ratio) {
        if (p95AtMost != null && sample.p95() > p95AtMost) return false;
        if (ratioAtMost != null && (ratio == null || ratio > ratioAtMost)) return false;
        return medianAtLeast == null || sample.median() >= medianAtLeast;
    }
}
