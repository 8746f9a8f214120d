package org.residencedesk.app;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.residencedesk.port.AuditLog;
import org.residencedesk.port.Transactions;
import org.residencedesk.service.permit.PermitLifecycleService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Housekeeping while the window is open: permits whose endorsement lapsed are suspended shortly after
 * start and then every few hours (the counter may stay open over midnight), and the audit chain is
 * verified once a day. Runs on its own daemon
 * thread; a failure is logged and retried on the next round, never shown as a stack trace.
 */
final class DailyJobs implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DailyJobs.class);
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "daily-jobs");
        t.setDaemon(true);
        return t;
    });

    DailyJobs(PermitLifecycleService permits, Transactions tx, AuditLog audit) {
        scheduler.scheduleWithFixedDelay(() -> refreshLapses(permits), 20, 4 * 60 * 60, TimeUnit.SECONDS);
        scheduler.scheduleWithFixedDelay(() -> verifyAuditChain(tx, audit), 120, 24 * 60 * 60, TimeUnit.SECONDS);
    }

    /** Walks the hash chain of the audit log; a broken link means rows were edited or removed outside the app. */
    private static void verifyAuditChain(Transactions tx, AuditLog audit) {
        try {
            long broken = tx.readOnly(audit::firstBrokenLink);
            if (broken >= 0) {
                LOG.error("audit chain broken at entry {}: audit rows were changed or removed", broken);
            }
        } catch (RuntimeException e) {
            LOG.warn("audit chain check failed; will retry", e);
        }
    }

    private static void refreshLapses(PermitLifecycleService permits) {
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
