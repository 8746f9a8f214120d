package org.residencedesk.app;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.residencedesk.service.permit.PermitService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Housekeeping while the window is open: permits whose endorsement lapsed are suspended shortly after
 * start and then every few hours (the counter may stay open over midnight). Runs on its own daemon
 * thread; a failure is logged and retried on the next round, never shown as a stack trace.
 */
final class DailyJobs implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DailyJobs.class);
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "daily-jobs");
        t.setDaemon(true);
        return t;
    });

    DailyJobs(PermitService permits) {
        scheduler.scheduleWithFixedDelay(() -> refreshLapses(permits), 20, 4 * 60 * 60, TimeUnit.SECONDS);
    }

    private static void refreshLapses(PermitService permits) {
        try {
            int suspended = permits.refreshLapses();
            if (suspended > 0) {
                LOG.info("suspended {} permits whose endorsement lapsed", suspended);
            }
        } catch (RuntimeException e) {
            LOG.warn("lapse refresh failed; will retry", e);
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
