package org.residencedesk.service.collection;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.audit.AuditRecord;
import org.residencedesk.domain.collection.CollectedRow;
import org.residencedesk.domain.collection.CollectorKind;
import org.residencedesk.domain.form.FieldError;
import org.residencedesk.domain.form.FormColumns;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.port.AuditLog;
import org.residencedesk.port.CollectionQueue;
import org.residencedesk.port.FormCodec;
import org.residencedesk.port.Transactions;
import org.residencedesk.service.Operator;
import org.residencedesk.service.Problems;
import org.residencedesk.service.ValidationFailure;

/**
 * One import of one file, fed row by row by the file reader (nothing of the file is held): the header row(s)
 * name the columns, every later row is checked by the importer's rules at once and, when valid, waits in a chunk
 * that is stored in one transaction ({@value #QUEUE_CHUNK} or {@value #RECORD_CHUNK} rows, with the chunk's audit entry). A chunk that fails for
 * another reason than a row's own problem is stored again row by row (docs/decisions/0234).
 */
final class FileImport {
    /** Rows per transaction into the queue: a row is one insert, so commits dominate. */
    static final int QUEUE_CHUNK = 500;
    /** Rows per transaction straight to records: each row loads and writes several entities of the session. */
    static final int RECORD_CHUNK = 50;
    static final String QUEUE_TARGET = "COLLECTION";

    /** Where valid rows go: the collection queue, or straight to records (--confirm). */
    enum Mode { QUEUE, RECORD }

    private final RowImporter importer;
    private final Mode mode;
    private final Operator op;
    private final CollectorKind collector;
    private final String fileName;
    private final Transactions tx;
    private final CollectionQueue queue;
    private final AuditLog audit;
    private final FormCodec codec;
    private final Clock clock;
    private final FormColumns columns;
    private final Headers headers;
    private final FormValues example;

    private final List<RowProblem> errors = new ArrayList<>();
    private final List<ImportResult.RecordedRow> recorded = new ArrayList<>();
    private final List<Pending> chunk = new ArrayList<>();
    private long accepted;
    private long rejected;
    private long duplicates;
    private long ended;

    private record Pending(int row, FormValues values) {
    }

    FileImport(RowImporter importer, Mode mode, Operator op, CollectorKind collector, String fileName,
               Transactions tx, CollectionQueue queue, AuditLog audit, FormCodec codec, Clock clock,
               FormColumns columns) {
        this.importer = importer;
        this.mode = mode;
        this.op = op;
        this.collector = collector;
        this.fileName = fileName;
        this.tx = tx;
        this.queue = queue;
        this.audit = audit;
        this.codec = codec;
        this.clock = clock;
        this.columns = columns;
        this.headers = new Headers(columns);
        this.example = columns.read(Headers.byId(columns.ids(), CollectionImport.exampleCells(columns, importer)));
    }

    /** One row of the file as the reader delivers it. */
    void row(int rowNumber, List<String> cells) {
        if (!headers.ready()) {
            headers.offer(cells).ifPresent(data -> dataRow(rowNumber, data));
            if (!headers.named()) {
                throw new NoHeader();
            }
            return;
        }
        dataRow(rowNumber, cells);
    }

    /** The first row names no field: not a collection file; nothing was stored. */
    static final class NoHeader extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NoHeader() {
            super("no header row", null, false, false);
        }
    }

    private void dataRow(int rowNumber, List<String> cells) {
        if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
            return;
        }
        if (headers.ended(cells)) {
            ended++;
            return;
        }
        FormValues values = columns.read(headers.cells(cells));
        if (values.equals(example)) {
            return; // the template's example row left in place
        }
        List<FieldError> problems = importer.problems(values);
        if (!problems.isEmpty()) {
            reject(rowNumber, problems);
            return;
        }
        chunk.add(new Pending(rowNumber, values));
        if (chunk.size() >= (mode == Mode.QUEUE ? QUEUE_CHUNK : RECORD_CHUNK)) {
            flush();
        }
    }

    private void reject(int rowNumber, List<FieldError> problems) {
        rejected++;
        for (FieldError e : problems) {
            errors.add(new RowProblem(rowNumber, e.fieldPath(), e.message()));
        }
    }

    /** Stores the waiting chunk; called by the reader's end too. */
    void flush() {
        if (chunk.isEmpty()) {
            return;
        }
        List<Pending> rows = List.copyOf(chunk);
        chunk.clear();
        Outcomes outcomes;
        try {
            outcomes = tx.inTransaction(() -> store(rows));
        } catch (RuntimeException e) {
            // something beyond one row's own problem: each row again in its own transaction
            outcomes = new Outcomes();
            for (Pending p : rows) {
                Outcomes one = tx.inTransaction(() -> store(List.of(p)));
                outcomes.addAll(one);
            }
        }
        accepted += outcomes.accepted;
        duplicates += outcomes.duplicates;
        rejected += outcomes.rejectedRows;
        errors.addAll(outcomes.errors);
        recorded.addAll(outcomes.recorded);
    }

    /** Inside one transaction: each row is a duplicate, stored, or rejected by the importer before it wrote. */
    private Outcomes store(List<Pending> rows) {
        Outcomes o = new Outcomes();
        // every look-up first, while the session holds nothing new: then the writes
        List<String> identities = rows.stream().map(p -> importer.identity(p.values())).toList();
        Set<String> seen = new HashSet<>(queue.held(importer.kind(), identities));
        List<Pending> fresh = new ArrayList<>();
        List<String> freshIdentities = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Pending p = rows.get(i);
            String identity = identities.get(i);
            if (seen.contains(identity) || importer.alreadyRecorded(op, p.values())) {
                o.duplicates++;
                continue;
            }
            seen.add(identity); // the same row twice in one file
            fresh.add(p);
            freshIdentities.add(identity);
        }
        for (int i = 0; i < fresh.size(); i++) {
            Pending p = fresh.get(i);
            String identity = freshIdentities.get(i);
            RowImporter.RowLabel label = importer.label(p.values());
            CollectedRow row = new CollectedRow(importer.kind(), identity, label.idNumber(), title(label.title()),
                    codec.toJson(importer.form().id(), importer.form().version(), p.values()), fileName, p.row(),
                    collector, op.login(), clock.instant());
            if (mode == Mode.RECORD) {
                String number;
                try {
                    number = importer.record(op, p.values());
                } catch (ValidationFailure refused) {
                    o.rejectedRows++;
                    refused.fieldMessages().forEach((field, message) ->
                            o.errors.add(new RowProblem(p.row(), field, message)));
                    continue;
                }
                row.confirm(number, op.login(), Problems.message("collection.confirmedAtImport"), clock.instant());
                o.recorded.add(new ImportResult.RecordedRow(p.row(), number));
            }
            queue.save(row);
            o.accepted++;
        }
        audit.append(new AuditRecord(op.login(), AuditAction.COLLECTION_IMPORTED, QUEUE_TARGET, null,
                "kind=" + importer.kind() + ",mode=" + mode.name().toLowerCase() + ",rows=" + rows.get(0).row() + "-"
                        + rows.get(rows.size() - 1).row() + ",accepted=" + o.accepted + ",duplicates=" + o.duplicates
                        + ",rejected=" + o.rejectedRows));
        return o;
    }

    private static String title(String name) {
        return name.length() > 100 ? name.substring(0, 100) : name;
    }

    ImportResult result() {
        List<RowProblem> sorted = new ArrayList<>(errors);
        sorted.sort(Comparator.comparingInt(RowProblem::row));
        return new ImportResult(accepted, rejected, duplicates, ended, sorted, recorded);
    }

    private static final class Outcomes {
        long accepted;
        long duplicates;
        long rejectedRows;
        final List<RowProblem> errors = new ArrayList<>();
        final List<ImportResult.RecordedRow> recorded = new ArrayList<>();

        void addAll(Outcomes other) {
            accepted += other.accepted;
            duplicates += other.duplicates;
            rejectedRows += other.rejectedRows;
            errors.addAll(other.errors);
            recorded.addAll(other.recorded);
        }
    }
}
