package org.residencedesk.reliability;

import java.util.ArrayList;
import java.util.List;

/**
 * Judges a counter-day soak (issue 18 item 7) from its samples, taken after a GC every 50 transactions: after the
 * warm-up, heap in use may not grow beyond {@link #HEAP_GROWTH} of the sample that ends the warm-up, and the live
 * threads and open file descriptors may not grow beyond it at all. Answers the breaches, empty when none.
 */
final class SoakVerdict {
    static final double HEAP_GROWTH = 0.20;

    /** One sample: after {@code transactions}, heap in use after GC, live threads, open file descriptors. */
    record Sample(int transactions, long heapBytes, int threads, long fileDescriptors) {
    }

    private SoakVerdict() {
    }

    static List<String> breaches(List<Sample> samples, int warmUp) {
        Sample base = samples.stream().filter(s -> s.transactions() >= warmUp).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no sample at or after the warm-up of " + warmUp));
        List<String> breaches = new ArrayList<>();
        long heapLimit = (long) Math.floor(base.heapBytes() * (1 + HEAP_GROWTH));
        for (Sample s : samples) {
            if (s.transactions() <= base.transactions()) {
                continue;
            }
            if (s.heapBytes() > heapLimit) {
                breaches.add("heap " + s.heapBytes() + " bytes after " + s.transactions() + " transactions, more than "
                        + heapLimit + " (" + base.heapBytes() + " + 20 %)");
            }
            if (s.threads() > base.threads()) {
                breaches.add("threads " + s.threads() + " after " + s.transactions() + " transactions, "
                        + base.threads() + " after the warm-up");
            }
            if (s.fileDescriptors() > base.fileDescriptors()) {
                breaches.add("open files " + s.fileDescriptors() + " after " + s.transactions() + " transactions, "
                        + base.fileDescriptors() + " after the warm-up");
            }
        }
        return breaches;
    }
}
