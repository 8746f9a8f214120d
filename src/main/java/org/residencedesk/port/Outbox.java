package org.residencedesk.port;

import java.util.List;
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
}
