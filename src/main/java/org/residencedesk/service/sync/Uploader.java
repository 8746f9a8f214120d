package org.residencedesk.service.sync;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.audit.AuditRecord;
import org.residencedesk.domain.outbox.DeliveryStatus;
import org.residencedesk.domain.outbox.OutboxEvent;
import org.residencedesk.port.AuditLog;
import org.residencedesk.port.Outbox;
import org.residencedesk.port.Transactions;
import org.residencedesk.port.platform.BatchResponse;
import org.residencedesk.port.platform.BatchResponse.EventResult;
import org.residencedesk.port.platform.PlatformClient;
import org.residencedesk.port.platform.PlatformRefused;
import org.residencedesk.port.platform.PlatformUnavailable;
import org.residencedesk.port.platform.SyncStateStore;
import org.residencedesk.service.sync.inbox.InboxProcessor;
import org.residencedesk.service.sync.inbox.Requests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One upload run (PLATFORM-API.md §1, ADRs 0200–0205): take the lease, read the platform's cursor, reconcile,
 * then send the queue in {@code seq} order in batches of at most 500 events and 5 MiB, one request at a time;
 * each batch's results are stored in one transaction. An event leaves the queue only on the platform's answer.
 */
final class Uploader {
    static final int MAX_EVENTS = 500;
    static final long MAX_BYTES = 5L * 1024 * 1024;
    /** Envelope bytes per event besides payload, ids and names (keys, quotes, seq, time): generous. */
    private static final int ENVELOPE_BYTES = 200;
    private static final Logger LOG = LoggerFactory.getLogger(Uploader.class);
    static final String ACTOR = "platform-sync";

    private final Transactions tx;
    private final Outbox outbox;
    private final SyncStateStore state;
    private final AuditLog audit;
    private final PlatformClient client;
    private final Backoff backoff;
    private final Pause pause;
    private final Clock clock;
    private final String holder = "uploader-" + UUID.randomUUID();
    private final ReentrantLock local = new ReentrantLock();
    /** The inbox cycle after the drain (ADR 0265); null: upload only. */
    private final InboxProcessor inbox;
    /** The audit chain head sent after a drain (ADR 0342); null: not sent. */
    private final CheckpointEvents checkpointEvents;
    /** What this process's runs are doing, for the screens (ADR 0340); written only by the lock's holder. */
    private volatile SyncActivity activity = SyncActivity.IDLE;

    Uploader(Transactions tx, Outbox outbox, SyncStateStore state, AuditLog audit, PlatformClient client,
             Backoff backoff, Pause pause, Clock clock, InboxProcessor inbox, CheckpointEvents checkpointEvents) {
        this.inbox = inbox;
        this.checkpointEvents = checkpointEvents;
        this.tx = tx;
        this.outbox = outbox;
        this.state = state;
        this.audit = audit;
        this.client = client;
        this.backoff = backoff;
        this.pause = pause;
        this.clock = clock;
    }

    /** Counts of one run. */
    private static final class Tally {
        int uploaded;
        int duplicates;
        int rejected;
        int inbox;
        long cursor = -1;
    }

    /** A CONFLICT or an unfillable gap: the alert is stored, the run ends. */
    private static final class Stopped extends Exception {
        private static final long serialVersionUID = 1L;

        Stopped(String message) {
            super(message, null, false, false);
        }
    }

    SyncReport run(String trigger, SyncSettings settings) {
        if (!client.configured()) {
            String why = SyncMessages.get("sync.notConfigured");
            try {
                client.cursor();
            } catch (PlatformRefused | PlatformUnavailable e) {
                why = e.getMessage(); // the refused file's reason, when there is one
            }
            return new SyncReport(SyncOutcome.NOT_CONFIGURED, 0, 0, 0, backlog(), lastDelivered(), 0, why);
        }
        if (!local.tryLock()) {
            return busy();
        }
        try {
            if (!lease(settings)) {
                return busy();
            }
            activity = activity.started(trigger, clock.instant());
            try {
                return runLeased(trigger, settings);
            } finally {
                try {
                    tx.run(() -> state.releaseLease(holder));
                } finally {
                    activity = activity.ended();
                }
            }
        } finally {
            local.unlock();
        }
    }

    /** What this process's uploader is doing now (in memory, never blocks). */
    SyncActivity activity() {
        return activity;
    }

    private SyncReport busy() {
        return new SyncReport(SyncOutcome.BUSY, 0, 0, 0, backlog(), lastDelivered(), 0, SyncMessages.get("sync.busy"));
    }

    private boolean lease(SyncSettings settings) {
        Instant now = clock.instant();
        return tx.inTransaction(() -> state.acquireLease(holder, now, now.plus(settings.leaseTime())));
    }

    private SyncReport runLeased(String trigger, SyncSettings settings) {
        Instant started = clock.instant();
        Tally tally = new Tally();
        SyncOutcome outcome;
        String message = null;
        var alert = tx.readOnly(state::openAlert);
        if (alert.isPresent()) {
            outcome = SyncOutcome.STOPPED;
            message = alert.get().message();
        } else {
            try {
                drain(tally, settings);
                if (checkpointEvents != null && checkpointEvents.queueIfNew()) {
                    drain(tally, settings); // the chain head goes out in this run
                }
                if (inbox != null) {
                    tally.inbox = inbox.run(client, requests(settings));
                }
                outcome = SyncOutcome.OK;
            } catch (PlatformUnavailable e) {
                outcome = SyncOutcome.OFFLINE;
                message = e.getMessage();
            } catch (PlatformRefused e) {
                outcome = SyncOutcome.REFUSED;
                message = e.getMessage();
            } catch (Stopped e) {
                outcome = SyncOutcome.STOPPED;
                message = e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                outcome = SyncOutcome.OFFLINE;
                message = SyncMessages.get("sync.interrupted");
            }
        }
        long backlog = backlog();
        long shown = tally.cursor >= 0 ? tally.cursor : lastDelivered();
        SyncReport report = new SyncReport(outcome, tally.uploaded, tally.duplicates, tally.rejected, backlog, shown,
                tally.inbox, message);
        SyncStateStore.SyncRun run = new SyncStateStore.SyncRun(0, started, clock.instant(), trigger, outcome.name(),
                tally.uploaded, tally.duplicates, tally.rejected, backlog, shown, message, tally.inbox);
        tx.run(() -> state.recordRun(run));
        if (outcome != SyncOutcome.OK) {
            LOG.info("sync run {} ended {} after {} uploaded", trigger, outcome, tally.uploaded);
        }
        return report;
    }

    private void drain(Tally tally, SyncSettings settings)
            throws PlatformUnavailable, PlatformRefused, Stopped, InterruptedException {
        tally.cursor = call(settings, client::cursor);
        reconcile(tally.cursor);
        activity = activity.sending(backlog());
        int gaps = 0;
        while (true) {
            if (!lease(settings)) {
                throw new Stopped(SyncMessages.get("sync.leaseLost"));
            }
            List<OutboxEvent> batch = batch();
            if (batch.isEmpty()) {
                return;
            }
            String batchId = UUID.randomUUID().toString();
            BatchResponse response = call(settings, () -> client.upload(batchId, batch));
            tally.cursor = response.lastAcceptedSeq();
            boolean gap = apply(response, tally);
            activity = activity.answered((int) response.results().stream().filter(r -> switch (r.status()) {
                case ACCEPTED, DUPLICATE, REJECTED -> true;
                case GAP, CONFLICT -> false;
            }).count());
            if (gap) {
                if (++gaps > 3) {
                    stop("GAP", batch.get(0).seq(), SyncMessages.get("sync.alert.gap", batch.get(0).seq(),
                            tally.cursor));
                }
                tally.cursor = call(settings, client::cursor);
                reconcile(tally.cursor);
                long first = tx.readOnly(() -> outbox.pending(1)).stream().mapToLong(OutboxEvent::seq).findFirst()
                        .orElse(tally.cursor + 1);
                if (first > tally.cursor + 1) {
                    stop("GAP", first, SyncMessages.get("sync.alert.gap", first, tally.cursor));
                }
            } else {
                gaps = 0;
            }
        }
    }

    /** The queue's head: at most 500 events and 5 MiB, always at least one event. */
    private List<OutboxEvent> batch() {
        List<OutboxEvent> pending = tx.readOnly(() -> outbox.pending(MAX_EVENTS));
        List<OutboxEvent> out = new ArrayList<>();
        long bytes = 0;
        for (OutboxEvent e : pending) {
            long size = estimatedBytes(e);
            if (!out.isEmpty() && bytes + size > MAX_BYTES) {
                break;
            }
            out.add(e);
            bytes += size;
        }
        return out;
    }

    static long estimatedBytes(OutboxEvent e) {
        return utf8(e.payloadJson()) + utf8(e.operator()) + utf8(e.aggregateType()) + utf8(e.aggregateId())
                + e.eventId().length() + e.type().name().length() + ENVELOPE_BYTES;
    }

    private static long utf8(String s) {
        return s == null ? 0 : s.getBytes(StandardCharsets.UTF_8).length;
    }

    /**
     * Where the platform stands decides (ADR 0204): behind what it acknowledged → those events are queued again;
     * ahead of every number this database drew (an older backup restored) → the next seq continues after it.
     * Events still queued at or below the cursor are simply sent again: the platform answers DUPLICATE for its
     * own, CONFLICT for a different event under the same number.
     */
    private void reconcile(long cursor) {
        tx.run(() -> {
            long delivered = outbox.lastDeliveredSeq();
            if (cursor < delivered) {
                int reopened = outbox.reopenAbove(cursor);
                LOG.warn("platform cursor {} behind acknowledged {}: {} events queued again", cursor, delivered,
                        reopened);
                audit.append(new AuditRecord(ACTOR, AuditAction.SYNC_EVENTS_RESENT, "OUTBOX", null,
                        "cursor=" + cursor + " acknowledged=" + delivered + " requeued=" + reopened));
            }
            if (outbox.advanceSeqTo(cursor)) {
                LOG.warn("platform cursor {} ahead of the local outbox sequence: continuing after it", cursor);
            }
        });
    }

    /** Stores one batch's results together; true when the platform reported a GAP. */
    private boolean apply(BatchResponse response, Tally tally) throws Stopped {
        Instant now = clock.instant();
        String[] conflict = new String[1];
        long[] conflictSeq = new long[1];
        boolean gap = tx.inTransaction(() -> {
            boolean sawGap = false;
            List<Long> accepted = new ArrayList<>();
            List<Long> duplicates = new ArrayList<>();
            for (EventResult r : response.results()) {
                switch (r.status()) {
                    case ACCEPTED -> {
                        accepted.add(r.seq());
                        tally.uploaded++;
                    }
                    case DUPLICATE -> {
                        duplicates.add(r.seq());
                        tally.duplicates++;
                    }
                    case REJECTED -> {
                        outbox.markRejected(r.seq(), r.error(), now);
                        tally.rejected++;
                    }
                    case GAP -> sawGap = true;
                    case CONFLICT -> {
                        if (conflict[0] == null) {
                            conflictSeq[0] = r.seq();
                            conflict[0] = SyncMessages.get("sync.alert.conflict", r.seq());
                        }
                    }
                }
            }
            outbox.markDelivered(accepted, DeliveryStatus.ACCEPTED, now); // one statement per run of seqs (ADR 0367)
            outbox.markDelivered(duplicates, DeliveryStatus.DUPLICATE, now);
            return sawGap;
        });
        if (conflict[0] != null) {
            stop("CONFLICT", conflictSeq[0], conflict[0]);
        }
        return gap;
    }

    private void stop(String kind, long seq, String message) throws Stopped {
        Instant now = clock.instant();
        tx.run(() -> {
            state.raiseAlert(new SyncStateStore.SyncAlert(now, kind, seq, message));
            audit.append(new AuditRecord(ACTOR, AuditAction.SYNC_ALERT_RAISED, "OUTBOX", Long.toString(seq), kind));
        });
        LOG.error("sync stopped: {} at seq {}", kind, seq);
        throw new Stopped(message);
    }

    @FunctionalInterface
    private interface Call<T> {
        T call() throws PlatformUnavailable, PlatformRefused;
    }

    /** The inbox's requests go through the same retries, backoff and lease renewal as the uploader's. */
    private Requests requests(SyncSettings settings) {
        return new Requests() {
            @Override
            public <T> T call(Request<T> request) throws PlatformUnavailable, PlatformRefused, InterruptedException {
                if (!lease(settings)) {
                    throw new PlatformUnavailable(PlatformUnavailable.Kind.CONNECTION, SyncMessages.get("sync.leaseLost"),
                            null, null);
                }
                return Uploader.this.call(settings, request::call);
            }
        };
    }

    /** One request with retries: backoff with jitter, Retry-After honoured, the lease renewed meanwhile. */
    private <T> T call(SyncSettings settings, Call<T> request)
            throws PlatformUnavailable, PlatformRefused, InterruptedException {
        for (int attempt = 0; ; attempt++) {
            try {
                return request.call();
            } catch (PlatformUnavailable e) {
                if (attempt + 1 >= settings.attempts()) {
                    throw e;
                }
                LOG.info("platform unavailable ({}), retry {}", e.kind(), attempt + 1);
                pause.pause(backoff.delay(attempt, e.retryAfter()));
                lease(settings);
            }
        }
    }

    long backlog() {
        return tx.readOnly(outbox::countPending);
    }

    long lastDelivered() {
        return tx.readOnly(outbox::lastDeliveredSeq);
    }
}
