package org.residencedesk.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Judges a counter-day soak (issue 18 item 7) from its samples, taken after a GC every 50 transactions: after the
 * warm-up, heap in use may not grow beyond {@link #HEAP_GROWTH} of the sample that ends the warm-up. Live threads and
 * open file descriptors may not leak: a leak is a count that stays above the warm-up's — the last two samples both
 * above it — or any sample more than {@link #THREAD_SLACK} threads or {@link #FILE_SLACK} files above it. One file
 * open at the moment of sampling and closed again (a Derby container opened for a table first touched, the print
 * queue's socket) is not a leak: the soak in CI once failed on 259, 259, 260, 259, 259. Answers the breaches, empty
 * when none.
 */
final class SoakVerdict {
    static final double HEAP_GROWTH = 0.20;
    static final int THREAD_SLACK = 2;
    static final int FILE_SLACK = 4;

    /** One sample: after {@code transactions}, heap in use after GC, live threads, open file descriptors. */
    record Sample(int transactions, long heapBytes, int threads, long fileDescriptors) {
    }

    private SoakVerdict() {
    }

    static List<String> breaches(List<Sample> samples, int warmUp) {
        Sample base = samples.stream().filter(s -> s.transactions() >= warmUp).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no sample at or after the warm-up of " + warmUp));
        List<Sample> after = samples.stream().filter(s -> s.transactions() > base.transactions()).toList();
        List<String> breaches = new ArrayList<>();
        long heapLimit = (long) Math.floor(base.heapBytes() * (1 + HEAP_GROWTH));
        for (Sample s : after) {
            if (s.heapBytes() > heapLimit) {
                breaches.add("heap " + s.heapBytes() + " bytes after " + s.transactions() + " transactions, more than "
                        + heapLimit + " (" + base.heapBytes() + " + 20 %)");
            }
        }
        breaches.addAll(leaks("threads", Sample::threads, THREAD_SLACK, base, after));
        breaches.addAll(leaks("open files", s -> s.fileDescriptors(), FILE_SLACK, base, after));
        return breaches;
    }

    private static List<String> leaks(String what, ToLongFunction<Sample> count, int slack, Sample base,
            List<Sample> after) {
        long start = count.applyAsLong(base);
        List<String> leaks = new ArrayList<>();
        for (Sample s : after) {
            if (count.applyAsLong(s) > start + slack) {
                leaks.add(what + " " + count.applyAsLong(s) + " after " + s.transactions() + " transactions, "
                        + start + " after the warm-up (at most " + slack + " more at any moment)");
            }
        }
        int n = after.size();
        if (n >= 2 && count.applyAsLong(after.get(n - 2)) > start && count.applyAsLong(after.get(n - 1)) > start) {
            leaks.add(what + " " + count.applyAsLong(after.get(n - 2)) + " and " + count.applyAsLong(after.get(n - 1))
                    + " after " + after.get(n - 2).transactions() + " and " + after.get(n - 1).transactions()
                    + " transactions, " + start + " after the warm-up: they stay above it");
        }
        return leaks;
    }
}
