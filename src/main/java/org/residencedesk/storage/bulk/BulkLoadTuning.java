package org.residencedesk.storage.bulk;

/**
 * Derby settings for a bulk load, read when the engine boots: a larger page cache keeps the
 * randomly-filled indexes (ID number, name, mobile) in memory, a larger log buffer means fewer log
 * writes. Only set when the user has not chosen a value (a {@code -D} on the command line wins), and
 * only by the bulk commands, whose process ends with the job.
 */
public final class BulkLoadTuning {
    /** Pages of 4 KB (indexes) or 32 KB (tables with CLOBs); Derby keeps them on the Java heap. */
    static final long MAX_PAGE_CACHE_PAGES = 16_000;
    static final long LARGEST_PAGE_BYTES = 32 * 1024;
    static final String LOG_BUFFER_BYTES = "1048576";
    /**
     * Log files of 64 MB instead of Derby's 1 MB: each switch pre-allocates and syncs a new file (ADR 0380).
     */
    static final String LOG_SWITCH_BYTES = Integer.toString(64 << 20);
    /** A checkpoint every 128 MB of log (Derby's largest) instead of every 10 MB (ADR 0380). */
    static final String CHECKPOINT_BYTES = Integer.toString(128 << 20);

    private BulkLoadTuning() {
    }

    /** Call before the database is opened in this process; later calls have no effect on it. */
    public static void applyBeforeDatabaseOpens() {
        setIfAbsent("derby.storage.pageCacheSize", Long.toString(pageCachePages(Runtime.getRuntime().maxMemory())));
        setIfAbsent("derby.storage.logBufferSize", LOG_BUFFER_BYTES);
        // Derby writes its log in "rwd" mode by default: every buffer written waits for the disk (7 ms per 64 KB
        // here). Synced at each commit instead, as durable: a bulk chunk commits once per 5,000 persons (ADR 0380).
        setIfAbsent("derby.storage.fileSyncTransactionLog", "true");
        setIfAbsent("derby.storage.logSwitchInterval", LOG_SWITCH_BYTES);
        setIfAbsent("derby.storage.checkpointInterval", CHECKPOINT_BYTES);
    }

    /**
     * At most a quarter of the heap even if every cached page were a 32 KB one (at least Derby's
     * default of 1,000), so a PC with little memory runs slower instead of running out of it.
     */
    static long pageCachePages(long maxHeapBytes) {
        return Math.max(1_000, Math.min(MAX_PAGE_CACHE_PAGES, maxHeapBytes / 4 / LARGEST_PAGE_BYTES));
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
