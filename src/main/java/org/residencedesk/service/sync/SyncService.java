package org.residencedesk.service.sync;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.residencedesk.domain.account.Permission;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.audit.AuditRecord;
import org.residencedesk.domain.outbox.RejectedEvent;
import org.residencedesk.port.AuditLog;
import org.residencedesk.port.Outbox;
import org.residencedesk.port.Transactions;
import org.residencedesk.port.platform.PlatformClient;
import org.residencedesk.port.platform.SyncStateStore;
import org.residencedesk.port.platform.SyncStateStore.SyncAlert;
import org.residencedesk.port.platform.SyncStateStore.SyncRun;
import org.residencedesk.service.NoOperator;
import org.residencedesk.service.Operator;
import org.residencedesk.service.Requires;
import org.residencedesk.service.sync.inbox.InboxProcessor;

/**
 * Platform sync for operators and for the station's own schedule (issue 13 items 1, 7): 立即同步 and
 * {@code sync --once} ({@link Permission#SYNC_RUN}), the state without contacting the platform, the history and the
 * rejected events ({@link Permission#SYNC_VIEW}); the scheduled run acts as the station itself
 * ({@link #runAsStation}), which only the composition root calls (ArchitectureTest).
 */
public final class SyncService {
    private final Transactions tx;
    private final Outbox outbox;
    private final SyncStateStore state;
    private final AuditLog audit;
    private final Uploader uploader;
    private final Clock clock;

    public SyncService(Transactions tx, Outbox outbox, SyncStateStore state, AuditLog audit, PlatformClient client,
                       Backoff backoff, Pause pause, Clock clock) {
        this(tx, outbox, state, audit, client, backoff, pause, clock, null);
    }

    /** With the inbox: every run that drained the queue then applies the platform's messages (ADR 0265). */
    public SyncService(Transactions tx, Outbox outbox, SyncStateStore state, AuditLog audit, PlatformClient client,
                       Backoff backoff, Pause pause, Clock clock, InboxProcessor inbox) {
        this(tx, outbox, state, audit, client, backoff, pause, clock, inbox, null);
    }

    /**
     * With the inbox and the audit chain's checkpoints: a run that drained the queue also sends the newest signed
     * checkpoint as an {@code AUDIT_CHECKPOINT} event when it is new to the platform (ADR 0342).
     */
    public SyncService(Transactions tx, Outbox outbox, SyncStateStore state, AuditLog audit, PlatformClient client,
                       Backoff backoff, Pause pause, Clock clock, InboxProcessor inbox,
                       org.residencedesk.port.AuditCheckpoints checkpoints) {
        this.tx = tx;
        this.outbox = outbox;
        this.state = state;
        this.audit = audit;
        this.uploader = new Uploader(tx, outbox, state, audit, client, backoff, pause, clock, inbox,
                checkpoints == null ? null : new CheckpointEvents(tx, outbox, audit, checkpoints));
        this.clock = clock;
    }

    /** One upload run now, for an operator (立即同步, {@code sync --once}). */
    @Requires(Permission.SYNC_RUN)
    public SyncReport syncNow(Operator operator) {
        operator.require(Permission.SYNC_RUN);
        return uploader.run("operator:" + operator.login(), SyncSettings.ON_DEMAND);
    }

    /** The scheduled or change-triggered run; {@code trigger} is {@code schedule} or {@code change}. */
    @NoOperator("the station's own scheduled upload (every N minutes and after a change); only the composition root "
            + "calls it, and it sends what the operators' changes already queued")
    public SyncReport runAsStation(String trigger) {
        return uploader.run(trigger, SyncSettings.SCHEDULED);
    }

    /** What this process's uploader is doing now (ADR 0340); operators read it through {@link SyncOverview}. */
    SyncActivity activity() {
        return uploader.activity();
    }

    /**
     * Where the station stands without contacting the platform: the counts of the latest run, the queue now, the
     * highest seq the platform acknowledged.
     */
    @Requires(Permission.SYNC_VIEW)
    public SyncReport status(Operator operator) {
        operator.require(Permission.SYNC_VIEW);
        return tx.readOnly(() -> {
            Optional<SyncRun> last = state.recentRuns(1).stream().findFirst();
            Optional<SyncAlert> alert = state.openAlert();
            SyncOutcome outcome = alert.isPresent() ? SyncOutcome.STOPPED
                    : last.map(r -> SyncOutcome.valueOf(r.outcome())).orElse(SyncOutcome.OK);
            String message = alert.map(SyncAlert::message).orElse(last.map(SyncRun::message).orElse(null));
            return new SyncReport(outcome, last.map(SyncRun::uploaded).orElse(0),
                    last.map(SyncRun::duplicates).orElse(0), last.map(SyncRun::rejected).orElse(0),
                    outbox.countPending(), outbox.lastDeliveredSeq(), last.map(SyncRun::inbox).orElse(0), message);
        });
    }

    /** The latest runs, newest first (the sync screen's history). */
    @Requires(Permission.SYNC_VIEW)
    public List<SyncRun> history(Operator operator, int limit) {
        operator.require(Permission.SYNC_VIEW);
        return tx.readOnly(() -> state.recentRuns(Math.max(1, limit)));
    }

    /** The latest run that reached the platform (the status bar's 最近同步). */
    @Requires(Permission.SYNC_VIEW)
    public Optional<SyncRun> lastSuccess(Operator operator) {
        operator.require(Permission.SYNC_VIEW);
        return tx.readOnly(state::lastSuccessfulRun);
    }

    /** Events the platform rejected, newest first, with its message (for an operator to correct the record). */
    @Requires(Permission.SYNC_VIEW)
    public List<RejectedEvent> rejected(Operator operator, int limit) {
        operator.require(Permission.SYNC_VIEW);
        return tx.readOnly(() -> outbox.rejected(Math.max(1, limit)));
    }

    /** The open alert that stops uploading, if any. */
    @Requires(Permission.SYNC_VIEW)
    public Optional<SyncAlert> alert(Operator operator) {
        operator.require(Permission.SYNC_VIEW);
        return tx.readOnly(state::openAlert);
    }

    /** Clears the alert after the cause was dealt with; audited. False when there was none. */
    @Requires(Permission.SYNC_RUN)
    public boolean clearAlert(Operator operator) {
        operator.require(Permission.SYNC_RUN);
        return tx.inTransaction(() -> {
            boolean cleared = state.clearAlert(operator.login(), clock.instant());
            if (cleared) {
                audit.append(new AuditRecord(operator.login(), AuditAction.SYNC_ALERT_CLEARED, "OUTBOX", null, null));
            }
            return cleared;
        });
    }
}
