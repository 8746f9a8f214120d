package org.residencedesk.cli;

/**
 * Derby settings for a bulk load, read when the engine boots: a larger page cache keeps the
 * randomly-filled indexes (ID number, name, mobile) in memory, a larger log buffer means fewer log
 * writes. Only set when the user has not chosen a value (a {@code -D} on the command line wins), and
 * only by the bulk commands, whose process ends with the job.
 */
public final class BulkLoadTuning {
    /** Pages of 4 KB (indexes) or 32 KB (tables with CLOBs): a few hundred MB at most. */
    static final String PAGE_CACHE_PAGES = "16000";
    static final String LOG_BUFFER_BYTES = "1048576";

    private BulkLoadTuning() {
    }

    /** Call before the database is opened in this process; later calls have no effect on it. */
    public static void applyBeforeDatabaseOpens() {
        setIfAbsent("derby.storage.pageCacheSize", PAGE_CACHE_PAGES);
        setIfAbsent("derby.storage.logBufferSize", LOG_BUFFER_BYTES);
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
