package org.residencedesk.service.sync.inbox;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.audit.AuditRecord;
import org.residencedesk.port.AuditLog;
import org.residencedesk.port.ConcurrentChangeException;
import org.residencedesk.port.FormCodec;
import org.residencedesk.port.Transactions;
import org.residencedesk.port.platform.InboxPage;
import org.residencedesk.port.platform.InboxPage.Message;
import org.residencedesk.port.platform.InboxStore;
import org.residencedesk.port.platform.InboxStore.InboxEntry;
import org.residencedesk.port.platform.MasterDataTable;
import org.residencedesk.port.platform.MasterDataUpdates;
import org.residencedesk.port.platform.PlatformClient;
import org.residencedesk.port.platform.PlatformRefused;
import org.residencedesk.port.platform.PlatformUnavailable;
import org.residencedesk.service.NoOperator;
import org.residencedesk.service.ValidationFailure;
import org.residencedesk.service.permit.PlatformIntake;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One inbox cycle (PLATFORM-API §2, ADR 0265): read pages after the stored cursor while the platform says
 * {@code more}; apply each message in one transaction that first moves the stored cursor past it (a message whose
 * cursor was already passed is not applied again: exactly once across crashes and re-deliveries), then acknowledge
 * the page. A malformed message never stops the inbox: it is logged REFUSED with a Chinese reason, in its own
 * transaction with the cursor, and acknowledged like the others; nothing of it is applied.
 * Runs inside the uploader's run (the station's one sync lease), after the queue drained.
 */
public final class InboxProcessor {
    /** PLATFORM-API §2: {@code limit=100}. */
    static final int PAGE = 100;
    private static final Logger LOG = LoggerFactory.getLogger(InboxProcessor.class);

    private final Transactions tx;
    private final InboxStore store;
    private final AuditLog audit;
    private final MessageEffects effects;

    public InboxProcessor(Transactions tx, InboxStore store, AuditLog audit, PlatformIntake intake, FormCodec codec,
                          MasterDataUpdates masterData, OutflowNotices outflow, Clock clock) {
        this.tx = tx;
        this.store = store;
        this.audit = audit;
        this.effects = new MessageEffects(store, audit, intake, codec, masterData, outflow, clock);
    }

    /**
     * Fetches and applies everything the platform holds for this station; returns how many messages took effect
     * (applied, or a notice stored). A platform that cannot be reached ends the cycle: what committed stays, the
     * rest comes again next time.
     */
    @NoOperator("the station's own inbox cycle inside the sync run; results enter as the platform (ADR 0151)")
    public int run(PlatformClient client, Requests requests)
            throws PlatformUnavailable, PlatformRefused, InterruptedException {
        long cursor = tx.readOnly(store::lastCursor);
        long acked = tx.readOnly(store::acknowledgedCursor);
        int applied = 0;
        while (true) {
            long after = cursor;
            InboxPage page = requests.call(() -> client.inbox(after, PAGE));
            long before = cursor;
            for (Message m : page.messages()) {
                try {
                    InboxOutcome outcome = process(m, client, requests);
                    if (outcome == InboxOutcome.APPLIED || outcome == InboxOutcome.NOTICE) {
                        applied++;
                    }
                } catch (ConcurrentChangeException e) {
                    // a counter changed the same permit meanwhile: the message comes again next run
                    LOG.info("inbox message {} met a concurrent change; retried next run", m.cursor());
                    return applied;
                }
                cursor = Math.max(cursor, m.cursor());
            }
            if (cursor > acked) {
                // also what an earlier run committed but did not get to acknowledge (it crashed in between)
                acknowledge(client, requests, cursor);
                acked = cursor;
            }
            if (!page.more() || cursor == before) {
                return applied;
            }
        }
    }

    private void acknowledge(PlatformClient client, Requests requests, long cursor)
            throws PlatformUnavailable, PlatformRefused, InterruptedException {
        requests.call(() -> {
            client.acknowledgeInbox(cursor);
            return null;
        });
        tx.run(() -> store.acknowledged(cursor));
    }

    /** One message: its effect and the cursor together, or its refusal and the cursor together. */
    InboxOutcome process(Message m, PlatformClient client, Requests requests)
            throws PlatformUnavailable, PlatformRefused, InterruptedException {
        if (m.cursor() <= 0) {
            // nothing to store it under or acknowledge: the platform's fault, told in the log (ADR 0308)
            LOG.warn("inbox message without a usable cursor skipped ({})", m.problem());
            return InboxOutcome.REFUSED;
        }
        if (m.problem() != null) {
            refuse(m, m.problem()); // a broken envelope: refused on its own, the page goes on (ADR 0308)
            return InboxOutcome.REFUSED;
        }
        String reason;
        try {
            MessageEffects.Effect effect = effects.prepare(m, client, requests,
                    table -> tx.readOnly(() -> store.masterData(table).map(MasterDataTable::version).orElse(0L)));
            InboxEntry done = tx.inTransaction(() -> {
                if (!store.advanceCursor(m.cursor())) {
                    return null; // applied before (re-delivered, or another process got there first)
                }
                InboxEntry entry = effect.apply();
                store.record(entry);
                return entry;
            });
            if (done == null) {
                return InboxOutcome.IGNORED;
            }
            effect.committed();
            return InboxOutcome.valueOf(done.outcome());
        } catch (MalformedMessage e) {
            reason = e.getMessage();
        } catch (ValidationFailure e) {
            reason = InboxMessages.get("syncInbox.malformed.refused", String.join("；", e.fieldMessages().values()));
        } catch (ConcurrentChangeException e) {
            throw e;
        } catch (RuntimeException e) {
            String incident = UUID.randomUUID().toString().substring(0, 8);
            LOG.error("inbox message {} ({}) failed, incident {}", m.cursor(), m.type(), incident, e);
            reason = InboxMessages.get("syncInbox.malformed.unexpected", incident);
        }
        refuse(m, reason);
        return InboxOutcome.REFUSED;
    }

    private void refuse(Message m, String reason) {
        tx.run(() -> {
            if (store.advanceCursor(m.cursor())) {
                store.record(effects.entry(m, InboxOutcome.REFUSED, reason, Map.of()));
                audit.append(new AuditRecord(MessageEffects.ACTOR, AuditAction.INBOX_MESSAGE_REFUSED, "INBOX",
                        Long.toString(m.cursor()), m.type()));
            }
        });
        LOG.warn("inbox message {} ({}) refused", m.cursor(), m.type());
    }
}
