package org.residencedesk.app;

import org.residencedesk.port.StationProblem;
import org.residencedesk.storage.ConnectionSource;
import org.residencedesk.storage.DerbyProblems;
import org.residencedesk.storage.StorageException;
import org.residencedesk.storage.report.IntendedStayBackfill;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The intended-stay back-fill (ADR 0327) on a thread of its own, started when the station opens (ADR 0372): on a
 * station upgraded from before V21 it fills every active registration once, which must never hold the login or a
 * command; on any other station it is one index probe. Closing the station stops it between batches and waits for the
 * batch in hand; what is left is filled at the next start. A failure is logged, and a damaged page marks the station.
 */
final class IntendedStayJob implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(IntendedStayJob.class);
    private static final long CLOSE_WAIT_MILLIS = 30_000;
    private final ConnectionSource connections;
    private final org.residencedesk.port.FormCodec codec;
    private final DamagedDatabaseGuard guard;
    private final Thread thread = new Thread(this::run, "intended-stay-backfill");
    private volatile boolean stop;

    private IntendedStayJob(ConnectionSource connections, org.residencedesk.port.FormCodec codec,
                            DamagedDatabaseGuard guard) {
        this.connections = connections;
        this.codec = codec;
        this.guard = guard;
        thread.setDaemon(true);
    }

    static IntendedStayJob start(ConnectionSource connections, org.residencedesk.port.FormCodec codec,
                                 DamagedDatabaseGuard guard) {
        IntendedStayJob job = new IntendedStayJob(connections, codec, guard);
        job.thread.start();
        return job;
    }

    private void run() {
        try {
            IntendedStayBackfill.run(connections, codec, () -> stop || guard.damaged());
        } catch (StorageException e) { // the list misses them until the next start
            if (!stop) {
                LOG.error("intended stay back-fill failed", e);
            }
            DerbyProblems.classify(e).filter(StationProblem.Kind.DAMAGED::equals)
                    .ifPresent(damage -> guard.markDamaged());
        }
    }

    /** Stops between batches and waits for the batch in hand (the database closes next). */
    @Override
    public void close() {
        stop = true;
        try {
            thread.join(CLOSE_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            LOG.warn("intended stay back-fill still running after {} ms; the database closes under it", CLOSE_WAIT_MILLIS);
        }
    }
}
