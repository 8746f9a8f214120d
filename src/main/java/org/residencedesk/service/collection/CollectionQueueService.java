package org.residencedesk.service.collection;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.residencedesk.domain.account.Permission;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.audit.AuditRecord;
import org.residencedesk.domain.collection.CollectedRow;
import org.residencedesk.domain.collection.CollectionStatus;
import org.residencedesk.domain.collection.CollectorKind;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.domain.identity.IdNumber;
import org.residencedesk.port.AuditLog;
import org.residencedesk.port.CollectionQueue;
import org.residencedesk.port.FormCodec;
import org.residencedesk.port.Transactions;
import org.residencedesk.service.Operator;
import org.residencedesk.service.Problems;
import org.residencedesk.service.Requires;
import org.residencedesk.service.ValidationFailure;

/**
 * 采集队列 at the window (docs/decisions/0235): the waiting rows (ID numbers masked), a row's values for the
 * registration form (audited), confirming a row into a record — the identity checked against the card of the
 * person who came, or, for a grid worker's row, confirmed with a note — and discarding a row with a reason. A
 * confirmation is one transaction: the record with its audit entry and outbox event, the row's status and the
 * confirmation's own audit entry.
 */
public final class CollectionQueueService {
    private final Transactions tx;
    private final CollectionQueue queue;
    private final AuditLog audit;
    private final FormCodec codec;
    private final Clock clock;
    private final Map<org.residencedesk.domain.collection.RecordKind, RowImporter> importers =
            new EnumMap<>(org.residencedesk.domain.collection.RecordKind.class);

    public CollectionQueueService(Transactions tx, CollectionQueue queue, AuditLog audit, FormCodec codec,
                                  Clock clock, List<RowImporter> importers) {
        this.tx = tx;
        this.queue = queue;
        this.audit = audit;
        this.codec = codec;
        this.clock = clock;
        importers.forEach(i -> this.importers.put(i.kind(), i));
    }

    /** Waiting rows, oldest first, ID numbers masked. Not audited: names and masked numbers only, like lists. */
    @Requires(Permission.COLLECT)
    public QueuePage waiting(Operator op, int page, int pageSize) {
        op.require(Permission.COLLECT);
        int size = Math.max(1, pageSize);
        return tx.readOnly(() -> new QueuePage(queue.waiting(null, Math.max(0, page) * size, size).stream()
                .map(CollectionQueueService::item).toList(), queue.countWaiting(null)));
    }

    /** A waiting row's values for the registration form; the look is audited like opening a record. */
    @Requires(Permission.COLLECTION_CONFIRM)
    public FormValues open(Operator op, long rowId) {
        op.require(Permission.COLLECTION_CONFIRM);
        return tx.inTransaction(() -> {
            CollectedRow row = waitingRow(rowId);
            audit.append(AuditRecord.of(op.login(), AuditAction.RECORD_VIEWED, FileImport.QUEUE_TARGET,
                    Long.toString(row.id())));
            return codec.fromJson(row.formJson());
        });
    }

    /**
     * Confirms a waiting row into a record. The identity is checked by {@code cardIdNumber} — the ID number of the
     * card swiped at the window, which must be the row's — or, for a row a grid worker collected, by a
     * {@code note} saying how it was checked. {@code values}, when not null, are the row as corrected in the form.
     *
     * @return the record's number
     * @throws ValidationFailure a Chinese message: the card does not match, the note is missing, the row's values
     *                           do not pass the window's rules, or the row is no longer waiting
     */
    @Requires(Permission.COLLECTION_CONFIRM)
    public String confirm(Operator op, long rowId, String cardIdNumber, String note, FormValues values) {
        op.require(Permission.COLLECTION_CONFIRM);
        return tx.inTransaction(() -> {
            CollectedRow row = waitingRow(rowId);
            RowImporter importer = importers.get(row.kind());
            FormValues stored = values == null ? codec.fromJson(row.formJson()) : values;
            String how = howChecked(row, importer, stored, cardIdNumber, note);
            String number = importer.record(op, stored);
            row.confirm(number, op.login(), how, clock.instant());
            audit.append(new AuditRecord(op.login(), AuditAction.COLLECTION_CONFIRMED, FileImport.QUEUE_TARGET,
                    Long.toString(row.id()), "record=" + number + ",check="
                    + (blank(cardIdNumber) ? (blank(note) ? "rules" : "note") : "card") + ",kind=" + row.kind()));
            return number;
        });
    }

    /** Discards a waiting row with a reason (audited); nothing becomes a record. */
    @Requires(Permission.COLLECTION_CONFIRM)
    public void discard(Operator op, long rowId, String reason) {
        op.require(Permission.COLLECTION_CONFIRM);
        if (blank(reason)) {
            throw new ValidationFailure(Map.of("reason", Problems.message("collection.reason.required")));
        }
        if (reason.strip().length() > 200) {
            throw new ValidationFailure(Map.of("reason", Problems.message("collection.note.tooLong")));
        }
        tx.run(() -> {
            CollectedRow row = waitingRow(rowId);
            row.discard(reason.strip(), op.login(), clock.instant());
            audit.append(new AuditRecord(op.login(), AuditAction.COLLECTION_DISCARDED, FileImport.QUEUE_TARGET,
                    Long.toString(row.id()), "kind=" + row.kind()));
        });
    }

    private String howChecked(CollectedRow row, RowImporter importer, FormValues values, String cardIdNumber,
                              String note) {
        if (note != null && note.strip().length() > 200) {
            throw new ValidationFailure(Map.of("note", Problems.message("collection.note.tooLong")));
        }
        if (!blank(cardIdNumber)) {
            String onRow = importer.label(values).idNumber();
            if (onRow == null || !onRow.equalsIgnoreCase(cardIdNumber.strip())) {
                throw new ValidationFailure(Map.of("card", Problems.message("collection.card.mismatch")));
            }
            String card = Problems.message("collection.checkedByCard");
            return blank(note) ? card : card + "；" + note.strip();
        }
        RowImporter.ConfirmCheck check = importer.confirmCheck();
        if (check == RowImporter.ConfirmCheck.REGISTER_RULES) {
            return blank(note) ? Problems.message("collection.checkedByRules") : note.strip();
        }
        if (check == RowImporter.ConfirmCheck.PERSON_CARD && row.collector() != CollectorKind.GRID_WORKER) {
            throw new ValidationFailure(Map.of("card", Problems.message("collection.card.required")));
        }
        if (blank(note)) {
            throw new ValidationFailure(Map.of("note", Problems.message(check == RowImporter.ConfirmCheck.CARD_OR_NOTE
                    ? "collection.note.requiredWithoutCard" : "collection.note.required")));
        }
        return note.strip();
    }

    private CollectedRow waitingRow(long rowId) {
        CollectedRow row = queue.find(rowId).orElseThrow(() ->
                new ValidationFailure(Map.of("form", Problems.message("collection.row.notFound"))));
        if (row.status() != CollectionStatus.WAITING) {
            throw new ValidationFailure(Map.of("form", Problems.message("collection.row.notWaiting")));
        }
        return row;
    }

    private static QueueItem item(CollectedRow r) {
        return new QueueItem(r.id(), r.kind(), r.title(), r.idNumber() == null ? "" : IdNumber.mask(r.idNumber()),
                r.collector(), r.collectedBy(), r.collectedAt(), r.sourceFile(), r.sourceRow());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
