package org.residencedesk.app;

import java.time.Instant;
import java.util.List;
import org.residencedesk.domain.outbox.DeliveryStatus;
import org.residencedesk.domain.outbox.OutboxEvent;
import org.residencedesk.domain.outbox.PendingEvent;
import org.residencedesk.domain.outbox.RejectedEvent;
import org.residencedesk.port.Outbox;

/** The outbox, telling the sync scheduler that something was queued (it runs shortly after, off the counter). */
final class NotifyingOutbox implements Outbox {
    private final Outbox delegate;
    private volatile Runnable listener = () -> { };

    NotifyingOutbox(Outbox delegate) {
        this.delegate = delegate;
    }

    void onAppend(Runnable listener) {
        this.listener = listener;
    }

    @Override
    public OutboxEvent append(PendingEvent event) {
        OutboxEvent appended = delegate.append(event);
        listener.run(); // must not block: the scheduler only notes the wish (before the commit; it waits anyway)
        return appended;
    }

    @Override
    public List<OutboxEvent> pending(int limit) {
        return delegate.pending(limit);
    }

    @Override
    public java.util.Optional<OutboxEvent> newestOf(String aggregateType, String aggregateId) {
        return delegate.newestOf(aggregateType, aggregateId);
    }

    @Override
    public long countPending() {
        return delegate.countPending();
    }

    @Override
    public long lastSeq() {
        return delegate.lastSeq();
    }

    @Override
    public void markDelivered(long seq, DeliveryStatus status, Instant at) {
        delegate.markDelivered(seq, status, at);
    }

    @Override
    public void markDelivered(java.util.Collection<Long> seqs, DeliveryStatus status, Instant at) {
        delegate.markDelivered(seqs, status, at);
    }

    @Override
    public void markRejected(long seq, String error, Instant at) {
        delegate.markRejected(seq, error, at);
    }

    @Override
    public long lastDeliveredSeq() {
        return delegate.lastDeliveredSeq();
    }

    @Override
    public int reopenAbove(long seq) {
        return delegate.reopenAbove(seq);
    }

    @Override
    public List<RejectedEvent> rejected(int limit) {
        return delegate.rejected(limit);
    }

    @Override
    public boolean advanceSeqTo(long seq) {
        return delegate.advanceSeqTo(seq);
    }
}
