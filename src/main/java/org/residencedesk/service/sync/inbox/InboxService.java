package org.residencedesk.service.sync.inbox;

import java.util.List;
import org.residencedesk.domain.account.Permission;
import org.residencedesk.port.Transactions;
import org.residencedesk.port.platform.InboxStore;
import org.residencedesk.port.platform.MasterDataUpdates;
import org.residencedesk.service.NoOperator;
import org.residencedesk.service.Operator;
import org.residencedesk.service.Requires;

/**
 * What the inbox left for operators (ADR 0265): the platform's notices, messages it ignored or refused with their
 * Chinese reasons, outflow notices waiting for the outflow register — for the sync screen. Never a payload: the
 * texts carry no personal data. Also loads the stored platform tables into the running master data at start.
 */
public final class InboxService {
    private static final List<String> FOR_OPERATORS = List.of(InboxOutcome.NOTICE.name(),
            InboxOutcome.IGNORED.name(), InboxOutcome.REFUSED.name(), InboxOutcome.UNHANDLED.name());

    private final Transactions tx;
    private final InboxStore store;

    public InboxService(Transactions tx, InboxStore store) {
        this.tx = tx;
        this.store = store;
    }

    /** One line for operators: when, what kind of message, what became of it and the Chinese text. */
    public record InboxNotice(long cursor, java.time.Instant receivedAt, String type, InboxOutcome outcome,
                              String text) {
    }

    /** The latest notices, refusals and ignored messages, newest first. */
    @Requires(Permission.SYNC_VIEW)
    public List<InboxNotice> notices(Operator operator, int limit) {
        operator.require(Permission.SYNC_VIEW);
        return tx.readOnly(() -> store.entries(FOR_OPERATORS, Math.max(1, limit)).stream()
                .map(e -> new InboxNotice(e.cursor(), e.receivedAt(), e.type(), InboxOutcome.valueOf(e.outcome()),
                        e.text())).toList());
    }

    /** The cursor of the last message processed (the sync screen's 收件箱进度). */
    @Requires(Permission.SYNC_VIEW)
    public long lastCursor(Operator operator) {
        operator.require(Permission.SYNC_VIEW);
        return tx.readOnly(store::lastCursor);
    }

    /** At start: every table the platform pushed earlier goes into the running master data again. */
    @NoOperator("start-up of the station: reloads code tables the platform pushed earlier, no personal data")
    public int installStoredMasterData(MasterDataUpdates updates) {
        var tables = tx.readOnly(store::allMasterData);
        tables.forEach(updates::install);
        return tables.size();
    }
}
