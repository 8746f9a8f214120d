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
 * The window's upload schedule (ADR 0205): every {@code platform.intervalMinutes} (read again before each wait, so a
 * changed setting applies without a restart, ADR 0271), and {@link #AFTER_CHANGE} after a
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
    private final java.util.function.IntSupplier intervalMinutes;
    private volatile boolean online = true;
    private ScheduledFuture<?> nudged;

    SyncScheduler(SyncService sync, java.util.function.IntSupplier intervalMinutes) {
        this.sync = sync;
        this.intervalMinutes = intervalMinutes;
        executor.schedule(this::scheduled, 1, TimeUnit.SECONDS);
    }

    private void scheduled() {
        try {
            run("schedule");
        } finally {
            if (!executor.isShutdown()) {
                long minutes;
                try {
                    minutes = intervalMinutes.getAsInt();
                } catch (RuntimeException e) {
                    minutes = org.residencedesk.platform.PlatformConfig.DEFAULT_INTERVAL_MINUTES;
                }
                try {
                    executor.schedule(this::scheduled, minutes * 60L, TimeUnit.SECONDS);
                } catch (java.util.concurrent.RejectedExecutionException closing) {
                    // the window closed meanwhile
                }
            }
        }
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
