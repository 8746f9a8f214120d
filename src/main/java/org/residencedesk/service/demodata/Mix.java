package org.residencedesk.service.demodata;

/** SplitMix64's finaliser: spreads a seed and an index into independent-looking bits. */
final class Mix {
    private Mix() { }

    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The seed of one person's random stream: independent of chunk size, so output depends on the seed only. */
    static long personSeed(long seed, long index) {
        return mix64(seed * 0x9E3779B97F4A7C15L + index);
    }
}
