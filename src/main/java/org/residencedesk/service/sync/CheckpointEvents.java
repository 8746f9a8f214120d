package org.residencedesk.service.sync;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.audit.AuditRecord;
import org.residencedesk.domain.outbox.EventType;
import org.residencedesk.domain.outbox.OutboxEvent;
import org.residencedesk.domain.outbox.PendingEvent;
import org.residencedesk.port.AuditCheckpoints;
import org.residencedesk.port.AuditCheckpoints.Checkpoint;
import org.residencedesk.port.AuditLog;
import org.residencedesk.port.Outbox;
import org.residencedesk.port.Transactions;

/**
 * The station's audit chain head for the platform (PLATFORM-API.md 1.1 {@code AUDIT_CHECKPOINT}, ADR 0342): after a
 * run that drained the queue, the newest signed checkpoint (ADR 0138) is queued as one event
 * {@code {"entries": n, "head": "hex"}} — the event and its audit entry in one transaction — unless the platform was
 * already sent it or the chain moved since only by the entry that queued the previous one.
 */
final class CheckpointEvents {
    static final String AGGREGATE_TYPE = "AUDIT_CHAIN";
    static final String AGGREGATE_ID = "head";

    private final Transactions tx;
    private final Outbox outbox;
    private final AuditLog audit;
    private final AuditCheckpoints checkpoints;
    /** The payload as the outbox serialised it ({@code {"entries":n,"head":"…"}}); services hold no JSON library. */
    private static final Pattern ENTRIES = Pattern.compile("\"entries\"\\s*:\\s*(\\d{1,18})");

    CheckpointEvents(Transactions tx, Outbox outbox, AuditLog audit, AuditCheckpoints checkpoints) {
        this.tx = tx;
        this.outbox = outbox;
        this.audit = audit;
        this.checkpoints = checkpoints;
    }

    /** Queues the newest checkpoint when it is new to the platform; true when one was queued. */
    boolean queueIfNew() {
        Optional<Checkpoint> newest = checkpoints.read().newest();
        if (newest.isEmpty()) {
            return false;
        }
        Checkpoint c = newest.get();
        return tx.inTransaction(() -> {
            Optional<Long> sent = outbox.newestOf(AGGREGATE_TYPE, AGGREGATE_ID).map(CheckpointEvents.this::entries);
            // the entry that queued the previous checkpoint moves the chain by one: that alone is nothing new
            if (sent.isPresent() && c.seq() <= sent.get() + 1) {
                return false;
            }
            Map<String, Object> payload = new LinkedHashMap<>(); // the contract's order
            payload.put("entries", c.seq());
            payload.put("head", c.hash());
            outbox.append(new PendingEvent(EventType.AUDIT_CHECKPOINT, Uploader.ACTOR, AGGREGATE_TYPE, AGGREGATE_ID,
                    payload));
            audit.append(new AuditRecord(Uploader.ACTOR, AuditAction.AUDIT_CHECKPOINT_QUEUED, AGGREGATE_TYPE,
                    Long.toString(c.seq()), null));
            return true;
        });
    }

    private long entries(OutboxEvent event) {
        Matcher m = ENTRIES.matcher(event.payloadJson() == null ? "" : event.payloadJson());
        return m.find() ? Long.parseLong(m.group(1)) : 0; // unreadable: send the head again
    }
}
