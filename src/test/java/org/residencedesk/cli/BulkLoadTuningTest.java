package org.residencedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Page-cache sizing of a bulk load (the bundle check that shared this class lives in BundleCatalogueTest). */
class BulkLoadTuningTest {
    @Test
    void thePageCacheForABulkLoadFitsInAQuarterOfTheHeap() {
        assertThat(BulkLoadTuning.pageCachePages(6L << 30)).isEqualTo(BulkLoadTuning.MAX_PAGE_CACHE_PAGES);
        assertThat(BulkLoadTuning.pageCachePages(512L << 20)).isEqualTo(4_096);
        assertThat(BulkLoadTuning.pageCachePages(64L << 20)).isEqualTo(1_000);
    }
}
