package org.residencedesk.storage.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BulkLoadTuningTest {
    @Test
    void thePageCacheForABulkLoadFitsInAQuarterOfTheHeap() {
        assertThat(BulkLoadTuning.pageCachePages(6L << 30)).isEqualTo(BulkLoadTuning.MAX_PAGE_CACHE_PAGES);
        assertThat(BulkLoadTuning.pageCachePages(512L << 20)).isEqualTo(4_096);
        assertThat(BulkLoadTuning.pageCachePages(64L << 20)).isEqualTo(1_000);
    }

    @Test
    void theLogIsSyncedAtCommitInLargeFilesAndCheckpointedRarely() {
        String[] keys = {"derby.storage.fileSyncTransactionLog", "derby.storage.logSwitchInterval",
                "derby.storage.checkpointInterval", "derby.storage.pageCacheSize", "derby.storage.logBufferSize"};
        java.util.Map<String, String> before = new java.util.HashMap<>();
        for (String k : keys) before.put(k, System.getProperty(k));
        try {
            for (String k : keys) System.clearProperty(k);
            System.setProperty("derby.storage.checkpointInterval", "20000000"); // a -D the user gave wins
            BulkLoadTuning.applyBeforeDatabaseOpens();
            assertThat(System.getProperty("derby.storage.fileSyncTransactionLog")).isEqualTo("true");
            assertThat(System.getProperty("derby.storage.logSwitchInterval")).isEqualTo("67108864");
            assertThat(System.getProperty("derby.storage.checkpointInterval")).isEqualTo("20000000");
            assertThat(System.getProperty("derby.storage.logBufferSize")).isEqualTo("1048576");
        } finally {
            for (String k : keys) {
                if (before.get(k) == null) System.clearProperty(k); else System.setProperty(k, before.get(k));
            }
        }
    }
}
