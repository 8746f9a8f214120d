package org.residencedesk.app;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.residencedesk.service.audit.AuditService;
import org.residencedesk.service.backup.BackupFailed;
import org.residencedesk.service.backup.BackupService;
import org.residencedesk.service.audit.AuditVerdict;
import org.residencedesk.service.permit.PermitLifecycleService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Housekeeping while the window is open: permits whose endorsement lapsed are suspended shortly after
 * start and then every few hours (the counter may stay open over midnight); the audit chain is verified
 * against its key and its checkpoints right after every start and then once a day, and its head is
 * checkpointed outside the database every few minutes (docs/decisions/0138); the daily backup is made when due
 * (docs/decisions/0156). Runs on its own daemon
 * thread; a failure is logged and retried on the next round, never shown as a stack trace.
 */
final class DailyJobs implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DailyJobs.class);
    static final long AUDIT_CHECKPOINT_MINUTES = 10;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "daily-jobs");
        t.setDaemon(true);
        return t;
    });

    static final long AUDIT_CHECK_DELAY_SECONDS = 5;

    /** First look whether the daily backup is due, after start; then every hour (docs/decisions/0156). */
    static final long BACKUP_FIRST_MINUTES = 15;
    static final long BACKUP_CHECK_MINUTES = 60;

    /** @param brokenChain told (on the jobs thread) when a check finds the audit chain broken */
    DailyJobs(PermitLifecycleService permits, AuditService audit, Consumer<AuditVerdict> brokenChain) {
        this(permits, audit, brokenChain, null);
    }

    /** @param backups the daily backup into the configured folder; null: none (tests of the other jobs) */
    DailyJobs(PermitLifecycleService permits, AuditService audit, Consumer<AuditVerdict> brokenChain,
              BackupService backups) {
        if (backups != null) {
            scheduler.scheduleWithFixedDelay(() -> backUpIfDue(backups), BACKUP_FIRST_MINUTES, BACKUP_CHECK_MINUTES,
                    TimeUnit.MINUTES);
        }
        scheduler.scheduleWithFixedDelay(() -> verifyAuditChain(audit, brokenChain), AUDIT_CHECK_DELAY_SECONDS,
                24 * 60 * 60, TimeUnit.SECONDS);
        scheduler.scheduleWithFixedDelay(() -> refreshLapses(permits), 20, 4 * 60 * 60, TimeUnit.SECONDS);
        scheduler.scheduleWithFixedDelay(() -> checkpoint(audit), AUDIT_CHECKPOINT_MINUTES,
                AUDIT_CHECKPOINT_MINUTES, TimeUnit.MINUTES);
    }

    /**
     * Adds the night's full consistency check of every table and index (docs/decisions/0275): first after
     * {@link #INTEGRITY_FIRST_HOURS}, then daily; a damaged table makes the station refuse changes.
     */
    DailyJobs withIntegrityCheck(Runnable fullCheck) {
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                fullCheck.run();
            } catch (RuntimeException e) {
                LOG.warn("consistency check failed; will retry", e);
            }
        }, INTEGRITY_FIRST_HOURS, 24, TimeUnit.HOURS);
        return this;
    }

    /** The first full check a few hours after start: at a counter opened in the morning, that is the lunch break. */
    static final long INTEGRITY_FIRST_HOURS = 4;

    /** Walks the keyed chain and compares it with the checkpoints; a broken chain is logged as an error. */
    private static void verifyAuditChain(AuditService audit, Consumer<AuditVerdict> brokenChain) {
        try {
            AuditVerdict verdict = audit.verifyAndLog();
            if (!verdict.ok()) {
                brokenChain.accept(verdict);
            }
        } catch (RuntimeException e) {
            LOG.warn("audit chain check failed; will retry", e);
        }
    }

    /** The daily backup when it is due; a failure is logged by the service and shown in the settings' status. */
    static void backUpIfDue(BackupService backups) {
        try {
            backups.scheduledBackupIfDue();
        } catch (BackupFailed e) {
            LOG.warn("daily backup failed: {}; will retry", e.problem());
        } catch (RuntimeException e) {
            LOG.warn("daily backup failed; will retry", e);
        }
    }

    private static void checkpoint(AuditService audit) {
        try {
            audit.checkpoint();
        } catch (RuntimeException e) {
            LOG.warn("audit checkpoint failed; will retry", e);
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
