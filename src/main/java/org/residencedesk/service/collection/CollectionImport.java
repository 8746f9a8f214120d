package org.residencedesk.service.collection;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.residencedesk.domain.account.Permission;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.audit.AuditRecord;
import org.residencedesk.domain.collection.CollectedRow;
import org.residencedesk.domain.collection.CollectorKind;
import org.residencedesk.domain.collection.RecordKind;
import org.residencedesk.domain.form.FieldDefinition;
import org.residencedesk.domain.form.FieldError;
import org.residencedesk.domain.form.FieldType;
import org.residencedesk.domain.form.FormColumns;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.domain.masterdata.CodeEntry;
import org.residencedesk.domain.masterdata.Division;
import org.residencedesk.domain.masterdata.DivisionLevel;
import org.residencedesk.domain.masterdata.MasterData;
import org.residencedesk.port.AuditLog;
import org.residencedesk.port.CollectionFiles;
import org.residencedesk.port.CollectionQueue;
import org.residencedesk.port.ExportFiles;
import org.residencedesk.port.FormCodec;
import org.residencedesk.port.Transactions;
import org.residencedesk.service.NoOperator;
import org.residencedesk.service.Operator;
import org.residencedesk.service.Problems;
import org.residencedesk.service.Requires;
import org.residencedesk.service.ValidationFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 社会化采集: the template, and the import of CSV/XLSX files collected by landlords, employers and grid workers
 * (docs/decisions/0230–0235). Every row is checked with the window's rules and messages by the kind's
 * {@link RowImporter}; a rejected row stores nothing; a row already queued or recorded is a duplicate and is
 * skipped, so importing a file twice is safe. {@link #collect} puts valid rows into the collection queue,
 * {@link #register} makes them records at once (the command line's --confirm).
 */
public final class CollectionImport {
    private static final Logger LOG = LoggerFactory.getLogger(CollectionImport.class);
    /** The code sheet lists at most this many communities and villages of one column. */
    private static final int MAX_LISTED_DIVISIONS = 2000;

    private final Transactions tx;
    private final CollectionQueue queue;
    private final AuditLog audit;
    private final CollectionFiles files;
    private final ExportFiles exportFiles;
    private final FormCodec codec;
    private final MasterData masterData;
    private final Clock clock;
    private final Map<RecordKind, RowImporter> importers = new EnumMap<>(RecordKind.class);

    public CollectionImport(Transactions tx, CollectionQueue queue, AuditLog audit, CollectionFiles files,
                            ExportFiles exportFiles, FormCodec codec, MasterData masterData, Clock clock,
                            List<RowImporter> importers) {
        this.tx = tx;
        this.queue = queue;
        this.audit = audit;
        this.files = files;
        this.exportFiles = exportFiles;
        this.codec = codec;
        this.masterData = masterData;
        this.clock = clock;
        importers.forEach(i -> this.importers.put(i.kind(), i));
    }

    /** The kinds of record that can be imported now. */
    @NoOperator("which importers are wired: metadata")
    public List<RecordKind> kinds() {
        return List.copyOf(importers.keySet());
    }

    /**
     * Writes the XLSX template of {@code kind} to a new file {@code out}: Chinese headers, a hidden row of the
     * column ids, one example row, and a sheet of code lists. An existing path is left alone and refused.
     */
    @NoOperator("an empty template: the form's labels, an invented example and the code lists, no personal data")
    public void writeTemplate(RecordKind kind, Path out) throws CollectionFileRefused {
        RowImporter importer = importer(kind);
        CollectionFiles.Template template = template(importer);
        try (ExportFiles.ExportFile file = exportFiles.create(out, false)) {
            files.writeTemplate(template, file.stream());
            file.stream().close();
            file.commit();
        } catch (ExportFiles.TargetExists e) {
            throw new CollectionFileRefused(Problems.message("collection.template.exists", out), e);
        } catch (IOException | RuntimeException e) {
            LOG.warn("template could not be written ({})", e.getClass().getSimpleName());
            throw new CollectionFileRefused(Problems.message("collection.template.failed", out), e);
        }
    }

    /** Valid rows of {@code file} go into the collection queue, to be confirmed at the window. */
    @Requires(Permission.COLLECT)
    public ImportResult collect(Operator op, RecordKind kind, CollectorKind collector, Path file)
            throws CollectionFileRefused {
        op.require(Permission.COLLECT);
        return run(op, kind, collector, file, FileImport.Mode.QUEUE);
    }

    /**
     * Valid rows of {@code file} become records at once, each audited as the operator's (the command line's
     * --confirm); each also stays in the queue as confirmed, which names its source.
     */
    @Requires(Permission.COLLECTION_CONFIRM)
    public ImportResult register(Operator op, RecordKind kind, CollectorKind collector, Path file)
            throws CollectionFileRefused {
        op.require(Permission.COLLECTION_CONFIRM);
        return run(op, kind, collector, file, FileImport.Mode.RECORD);
    }

    /**
     * One row typed by a grid worker into the queue. @return the queued row's id
     *
     * @throws ValidationFailure the window's messages; or the row is queued or recorded already
     */
    @Requires(Permission.COLLECT)
    public long collectOne(Operator op, RecordKind kind, CollectorKind collector, FormValues values)
            throws CollectionFileRefused {
        op.require(Permission.COLLECT);
        RowImporter importer = importer(kind);
        List<FieldError> problems = importer.problems(values);
        if (!problems.isEmpty()) {
            Map<String, String> byField = new java.util.LinkedHashMap<>();
            problems.forEach(e -> byField.putIfAbsent(e.fieldPath(), e.message()));
            throw new ValidationFailure(byField);
        }
        String identity = importer.identity(values);
        return tx.inTransaction(() -> {
            if (queue.holds(kind, identity) || importer.alreadyRecorded(op, values)) {
                throw new ValidationFailure(Map.of("form", Problems.message("collection.alreadyCollected")));
            }
            RowImporter.RowLabel label = importer.label(values);
            CollectedRow row = new CollectedRow(kind, identity, label.idNumber(), label.title(),
                    codec.toJson(importer.form().id(), importer.form().version(), values), null, null, collector,
                    op.login(), clock.instant());
            queue.save(row);
            audit.append(new AuditRecord(op.login(), AuditAction.COLLECTION_ADDED, FileImport.QUEUE_TARGET,
                    Long.toString(row.id()), "kind=" + kind));
            return row.id();
        });
    }

    private ImportResult run(Operator op, RecordKind kind, CollectorKind collector, Path file, FileImport.Mode mode)
            throws CollectionFileRefused {
        RowImporter importer = importer(kind);
        if (collector == null) {
            throw new ValidationFailure(Map.of("collector", Problems.message("validation.required")));
        }
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        FileImport one = new FileImport(importer, mode, op, collector, name, tx, queue, audit, codec, clock,
                new FormColumns(importer.form(), masterData));
        long rows;
        try {
            rows = files.read(file, one::row);
        } catch (CollectionFiles.Unreadable e) {
            throw new CollectionFileRefused(Problems.message("collection.file." + e.problem().name(), file), e);
        } catch (FileImport.NoHeader e) {
            one.flush(); // nothing is waiting: the header is the first row
            throw new CollectionFileRefused(Problems.message("collection.file.noHeader", file), e);
        }
        if (rows == 0) {
            throw new CollectionFileRefused(Problems.message("collection.file.empty", file), null);
        }
        one.flush();
        ImportResult result = one.result();
        if (result.accepted() + result.rejected() + result.duplicates() + result.ended() == 0) {
            // a header (or a template's help rows) and nothing else: say so rather than report success on nothing
            throw new CollectionFileRefused(Problems.message("collection.file.noRows", file), null);
        }
        LOG.info("collection import of {} rows ({}): accepted {}, rejected {}, duplicates {}", rows, kind,
                result.accepted(), result.rejected(), result.duplicates());
        return result;
    }

    private RowImporter importer(RecordKind kind) throws CollectionFileRefused {
        RowImporter importer = kind == null ? null : importers.get(kind);
        if (importer == null) {
            throw new CollectionFileRefused(Problems.message("collection.kind.notYet",
                    kind == null ? "" : Problems.message(kind.labelKey())), null);
        }
        return importer;
    }

    /** The example row's cells in column order (empty text for an empty cell). */
    static List<String> exampleCells(FormColumns columns, RowImporter importer) {
        List<String> out = new ArrayList<>();
        for (String c : columns.cells(importer.example())) {
            out.add(c == null ? "" : c);
        }
        return out;
    }

    private CollectionFiles.Template template(RowImporter importer) {
        FormColumns columns = new FormColumns(importer.form(), masterData);
        List<String> labels = new ArrayList<>();
        List<String> helps = new ArrayList<>();
        List<List<String>> codes = new ArrayList<>();
        // the registers' columns are built in code and carry their own division hints (ADR 0290)
        boolean builtInCode = importer.kind() != RecordKind.REGISTRATION;
        for (FieldDefinition f : importer.form().fieldsInOrder()) {
            labels.add((f.required() || f.requiredTrue() ? "*" : "") + f.label());
            helps.add(help(f));
            codeRows(f, f.label(), codes, builtInCode);
            for (FieldDefinition c : f.columns()) {
                codeRows(c, f.label() + "：" + c.label(), codes, builtInCode);
            }
        }
        return new CollectionFiles.Template(Problems.message("collection.sheet." + importer.kind().name()),
                labels, columns.ids(), helps, exampleCells(columns, importer),
                Problems.message("collection.sheet.codes"), List.of(Problems.message("collection.codes.field"),
                Problems.message("collection.codes.code"), Problems.message("collection.codes.name")), codes);
    }

    private static String help(FieldDefinition f) {
        List<String> parts = new ArrayList<>();
        if (f.readOnly()) {
            parts.add(Problems.message("collection.help.readOnly"));
        }
        if (f.help() != null && !f.help().isBlank()) {
            parts.add(f.help());
        }
        if (f.isGroup()) {
            parts.add(Problems.message("collection.help.group", String.join(FormColumns.COLUMN_SEPARATOR,
                    f.columns().stream().map(FieldDefinition::label).toList())));
        } else if (f.type() == FieldType.CODE || f.type() == FieldType.CHOICE || f.type() == FieldType.BOOLEAN) {
            parts.add(Problems.message("collection.help.code"));
        } else if (f.type() == FieldType.DATE) {
            parts.add(Problems.message("collection.help.date"));
        }
        return String.join("\n", parts);
    }

    /**
     * A division column: the communities and villages under the field's division when it names a level and a
     * division (the station's own), then what else the column accepts (ADR 0290).
     */
    private void divisionRows(FieldDefinition f, String label, List<List<String>> out, boolean ownHint) {
        if (ownHint && f.divisionLevel() == DivisionLevel.VILLAGE && f.within() != null) {
            List<Division> todo = new ArrayList<>(masterData.children(f.within()));
            int listed = 0;
            while (!todo.isEmpty() && listed < MAX_LISTED_DIVISIONS) {
                Division d = todo.remove(0);
                if (d.level() == DivisionLevel.VILLAGE) {
                    out.add(List.of(label, d.code(), d.fullName()));
                    listed++;
                } else {
                    todo.addAll(masterData.children(d.code()));
                }
            }
        }
        out.add(List.of(label, "", ownHint && f.help() != null && !f.help().isBlank() ? f.help()
                : Problems.message("collection.codes.division")));
    }

    private void codeRows(FieldDefinition f, String label, List<List<String>> out, boolean ownHint) {
        switch (f.type()) {
            case CODE -> {
                for (CodeEntry e : masterData.codeTable(f.codeTable()).entries()) {
                    out.add(List.of(label, e.code(), e.name()));
                }
            }
            case CHOICE -> f.options().forEach(o -> out.add(List.of(label, o.value(), o.label())));
            case BOOLEAN -> {
                out.add(List.of(label, "true", Problems.message("collection.codes.yes")));
                out.add(List.of(label, "false", Problems.message("collection.codes.no")));
            }
            case DIVISION -> divisionRows(f, label, out, ownHint);
            default -> {
                // typed freely
            }
        }
    }
}
