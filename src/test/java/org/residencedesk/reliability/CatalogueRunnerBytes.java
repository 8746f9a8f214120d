package org.residencedesk.reliability;

/** Seeded random bytes for the catalogue's files. */
final class CatalogueRunnerBytes {
    private CatalogueRunnerBytes() {
    }

    static byte[] junk(int length, long seed) {
        byte[] junk = new byte[length];
        new java.util.Random(seed).nextBytes(junk);
        return junk;
    }
}
