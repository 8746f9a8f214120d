package org.residencedesk.testing;

import org.residencedesk.masterdata.ClasspathMasterData;

/**
 * One packaged master data for every test in the JVM: it is immutable, and each copy holds every division of
 * the country (about 60 MB), so test classes keeping their own copy in a static field ran the suite out of heap.
 * Tests of the master data itself construct their own.
 */
public final class TestMasterData {
    private static ClasspathMasterData shared;

    private TestMasterData() {
    }

    public static synchronized ClasspathMasterData shared() {
        if (shared == null) {
            shared = new ClasspathMasterData();
        }
        return shared;
    }
}
