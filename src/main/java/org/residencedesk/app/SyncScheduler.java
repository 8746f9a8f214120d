package org.residencedesk.app;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.residencedesk.service.sync.SyncOutcome;
import org.residencedesk.service.sync.SyncReport;
import org.residencedesk.service.sync.SyncService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's upload schedule (ADR 0205): every {@code platform.intervalMinutes}, and {@link #AFTER_CHANGE} after a
 * change while the last run reached the platform — on its own daemon thread, never the FX thread, so the counter
 * never waits. It runs as the station ({@link SyncService#runAsStation}), not as an operator.
 */
final class SyncScheduler implements AutoCloseable {
    static final Duration AFTER_CHANGE = Duration.ofSeconds(15);
    private static final Logger LOG = LoggerFactory.getLogger(SyncScheduler.class);

    private final SyncService sync;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "platform-sync");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean online = true;
    private ScheduledFuture<?> nudged;

    SyncScheduler(SyncService sync, int intervalMinutes) {
        this.sync = sync;
        executor.scheduleWithFixedDelay(() -> run("schedule"), 1, intervalMinutes * 60L, TimeUnit.SECONDS);
    }

    /** Something was queued: upload shortly, if the platform was reachable last time. Never blocks. */
    synchronized void nudge() {
        if (!online || (nudged != null && !nudged.isDone()) || executor.isShutdown()) {
            return;
        }
        nudged = executor.schedule(() -> run("change"), AFTER_CHANGE.toSeconds(), TimeUnit.SECONDS);
    }

    private void run(String trigger) {
        try {
            SyncReport report = sync.runAsStation(trigger);
            online = report.outcome() == SyncOutcome.OK;
        } catch (RuntimeException e) {
            online = false;
            LOG.error("platform sync run failed", e);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
