package org.residencedesk.service.demodata;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Unique, realistic birth date + sequence pairs for synthetic identity numbers, without remembering
 * which were used. Every birth day in the window offers a number of "slots" (sequence numbers /2)
 * weighted by how common migrants of that age are; a keyed Feistel permutation walks all slots in a
 * seed-dependent order, so the first N persons get N distinct slots. Distinct (birth date, sequence)
 * pairs give distinct identity numbers whatever county is put in front, so the PERSON_ID_NUMBER
 * unique key can never be hit and memory stays constant however many persons are made.
 */
final class IdNumberSpace {
    /** A person's slot: birth date and a sequence index 0..399 (the parity digit is added for the sex). */
    record Slot(LocalDate birthDate, int sequenceIndex) { }

    /**
     * Registered persons use sequence numbers 000–799 (index × 2 + sex digit); 800–999 are left to people who
     * only appear inside forms (companions, guardians, landlords, collectors), so their numbers can never be a
     * registered person's (ADR 0190).
     */
    private static final int MAX_SLOTS_PER_DAY = 400;
    /** The first sequence number of people who only appear inside forms. */
    static final int OTHERS_FIRST_SEQUENCE = 800;
    private final LocalDate firstBirthDay;
    private final int days;
    /** cumulative[d] = slots in days before d; cumulative[days] = total. */
    private final long[] cumulative;
    private final FeistelPermutation permutation;

    /**
     * @param youngest latest possible birth date (born before the earliest registration day)
     * @param oldest   earliest possible birth date
     * @param today    ages, and so weights, are counted at this date
     */
    IdNumberSpace(LocalDate oldest, LocalDate youngest, LocalDate today, long seed) {
        this.firstBirthDay = oldest;
        this.days = (int) ChronoUnit.DAYS.between(oldest, youngest) + 1;
        this.cumulative = new long[days + 1];
        for (int d = 0; d < days; d++) {
            int age = (int) ChronoUnit.YEARS.between(oldest.plusDays(d), today);
            cumulative[d + 1] = cumulative[d] + Math.round(MAX_SLOTS_PER_DAY * ageWeight(age));
        }
        this.permutation = new FeistelPermutation(cumulative[days], seed);
    }

    /**
     * Migrants at service windows: mostly 22-45, fewer young adults and over-50s (census shape, roughly); children
     * who moved with their parents are about one registered person in twelve.
     */
    private static double ageWeight(int age) {
        if (age < 18) return 0.14;
        if (age < 22) return 0.45;
        if (age < 30) return 1.0;
        if (age < 40) return 0.9;
        if (age < 50) return 0.6;
        return 0.3;
    }

    long capacity() {
        return cumulative[days];
    }

    /** The slot of the person with this running index (0-based, below {@link #capacity()}). */
    Slot slot(long personIndex) {
        long p = permutation.apply(personIndex);
        int lo = 0;
        int hi = days - 1;
        while (lo < hi) { // the last day d with cumulative[d] <= p
            int mid = (lo + hi + 1) >>> 1;
            if (cumulative[mid] <= p) lo = mid; else hi = mid - 1;
        }
        return new Slot(firstBirthDay.plusDays(lo), (int) (p - cumulative[lo]));
    }

    /**
     * A bijection of [0, size) keyed by the seed: a 4-round balanced Feistel network on the smallest
     * even power of two covering the size, with cycle walking back into range.
     */
    static final class FeistelPermutation {
        private final long size;
        private final int halfBits;
        private final long halfMask;
        private final long[] keys = new long[4];

        FeistelPermutation(long size, long seed) {
            if (size <= 0) throw new IllegalArgumentException("empty permutation");
            this.size = size;
            int bits = 64 - Long.numberOfLeadingZeros(Math.max(1, size - 1));
            this.halfBits = Math.max(1, (bits + 1) / 2);
            this.halfMask = (1L << halfBits) - 1;
            long k = seed;
            for (int i = 0; i < keys.length; i++) {
                k = Mix.mix64(k + 0x9E3779B97F4A7C15L);
                keys[i] = k;
            }
        }

        long apply(long x) {
            if (x < 0 || x >= size) throw new IllegalArgumentException("outside the permutation");
            long y = x;
            do {
                y = once(y);
            } while (y >= size);
            return y;
        }

        private long once(long x) {
            long left = x >>> halfBits;
            long right = x & halfMask;
            for (long key : keys) {
                long next = left ^ (Mix.mix64(right ^ key) & halfMask);
                left = right;
                right = next;
            }
            return (left << halfBits) | right;
        }
    }
}
