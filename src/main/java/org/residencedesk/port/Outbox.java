package org.residencedesk.port;

import java.util.List;
import org.residencedesk.domain.outbox.DeliveryStatus;
import org.residencedesk.domain.outbox.OutboxEvent;
import org.residencedesk.domain.outbox.PendingEvent;

/**
 * Platform events waiting for upload (PLATFORM-API.md §1). {@link #append} assigns the next station-wide
 * {@code seq} inside the caller's transaction: a rolled-back change gives its number back, so the
 * sequence stays gapless.
 */
public interface Outbox {
    OutboxEvent append(PendingEvent event);

    List<OutboxEvent> pending(int limit);

    long countPending();

    long lastSeq();

    /** The platform acknowledged the event ({@code ACCEPTED} or {@code DUPLICATE}): it leaves the queue. */
    void markDelivered(long seq, DeliveryStatus status, java.time.Instant at);

    /**
     * The same for every event of one answer at once ({@code ACCEPTED} or {@code DUPLICATE}): a batch's
     * acknowledgements in as few statements as their consecutive runs of {@code seq} (ADR 0367).
     */
    void markDelivered(java.util.Collection<Long> seqs, DeliveryStatus status, java.time.Instant at);

    /** The platform stored the event as rejected with {@code error}: it leaves the queue and is listed. */
    void markRejected(long seq, String error, java.time.Instant at);

    /** The highest {@code seq} the platform has acknowledged (delivered or rejected), 0 if none. */
    long lastDeliveredSeq();

    /**
     * The platform lost events this station had delivered (it stands behind them): every event above {@code seq}
     * goes back into the queue, to be sent again with its own {@code eventId}. Returns how many.
     */
    int reopenAbove(long seq);

    /** Rejected events, newest first, with the platform's message. */
    List<org.residencedesk.domain.outbox.RejectedEvent> rejected(int limit);

    /**
     * Makes the next {@code seq} at least {@code seq + 1} (after a restore of an older backup the platform already
     * holds numbers this database has not drawn yet); never lowers it. Returns whether it moved.
     */
    boolean advanceSeqTo(long seq);

    /** The newest event of one record (over the aggregate index), of any status; empty when it has none. */
    java.util.Optional<OutboxEvent> newestOf(String aggregateType, String aggregateId);
}
