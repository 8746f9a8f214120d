package org.residencedesk.service.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.residencedesk.domain.DateFormats;
import org.residencedesk.domain.account.Permission;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.audit.AuditRecord;
import org.residencedesk.domain.masterdata.Division;
import org.residencedesk.domain.masterdata.MasterData;
import org.residencedesk.domain.station.Station;
import org.residencedesk.port.AuditLog;
import org.residencedesk.port.DocumentPrinter;
import org.residencedesk.port.ExportFiles;
import org.residencedesk.port.StationRepository;
import org.residencedesk.port.Transactions;
import org.residencedesk.port.printing.CardCalibration;
import org.residencedesk.port.printing.DocumentPreparationException;
import org.residencedesk.port.printing.DocumentType;
import org.residencedesk.port.printing.PreparedDocument;
import org.residencedesk.port.printing.ExportOutcome;
import org.residencedesk.port.printing.PrintDocument;
import org.residencedesk.port.printing.PrintOutcome;
import org.residencedesk.port.printing.PrinterProfile;
import org.residencedesk.port.report.ReminderItem;
import org.residencedesk.port.report.ReminderKind;
import org.residencedesk.port.report.ReminderLists;
import org.residencedesk.service.Operator;
import org.residencedesk.service.Requires;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 居住证办理提醒函 (issue 15 item 4, ADRs 0325, 0326): one page per person of a reminder list — the person's name,
 * what is due and by when, what to bring, the station's name, address and office hours (station policy) — written
 * as one PDF or sent to the printer; and the printed 提醒名单 of the same list (ADR 0328: one row per person, masked
 * ID numbers, the station's name, the date and the village filter). Each output is audited as a document output
 * with the kind, the village and the number of people, never a name; the letters carry no ID number.
 */
public final class ReminderLetterService {
    private static final Logger LOG = LoggerFactory.getLogger(ReminderLetterService.class);

    /** What is made of a reminder list: one letter per person, or the list itself. */
    public enum Output {
        LETTERS(DocumentType.REMINDER_LETTER, "letters", "report.letter.none", "report.letter.exported",
                "report.letter.printed"),
        LIST(DocumentType.REMINDER_LIST, "list", "report.list.none", "report.list.exported", "report.list.printed");

        private final DocumentType type;
        private final String auditWord;
        private final String noneKey;
        private final String exportedKey;
        private final String printedKey;

        Output(DocumentType type, String auditWord, String noneKey, String exportedKey, String printedKey) {
            this.type = type;
            this.auditWord = auditWord;
            this.noneKey = noneKey;
            this.exportedKey = exportedKey;
            this.printedKey = printedKey;
        }

        public DocumentType documentType() {
            return type;
        }
    }

    /** The station's contact lines printed on every letter (station policy {@code station.*}). */
    public record StationContact(String address, String officeHours) {
    }

    /** The letters of one list, ready to preview, print or export; {@code count} people, one page each. */
    public record Letters(PrintDocument document, int count) {
    }

    /** What an export wrote: the letters and the printer's outcome (pages, Chinese message). */
    public record Exported(int count, ExportOutcome outcome) {
    }

    /** What a print did: the letters sent, the printer's outcome (null when there was nobody to remind), the message. */
    public record Printed(int count, PrintOutcome outcome, String message) {
        public boolean succeeded() {
            return outcome != null && outcome.succeeded();
        }
    }

    private final Transactions tx;
    private final ReminderLists lists;
    private final StationRepository stations;
    private final AuditLog audit;
    private final DocumentPrinter printer;
    private final ExportFiles files;
    private final Path dataFolder;
    private final Clock clock;
    private final int horizonDays;
    private final StationContact contact;
    private final MasterData masterData;

    public ReminderLetterService(Transactions tx, ReminderLists lists, StationRepository stations, AuditLog audit,
                                 DocumentPrinter printer, ExportFiles files, Path dataFolder, Clock clock,
                                 int horizonDays, StationContact contact, MasterData masterData) {
        this.masterData = masterData;
        this.tx = tx;
        this.lists = lists;
        this.stations = stations;
        this.audit = audit;
        this.printer = printer;
        this.files = files;
        this.dataFolder = dataFolder;
        this.clock = clock;
        this.horizonDays = horizonDays;
        this.contact = contact;
    }

    /** The villages and communities of the station's township, the lists' village filter (code and short name). */
    @Requires(Permission.PERMIT_VIEW)
    public List<Division> villages(Operator op) {
        op.require(Permission.PERMIT_VIEW);
        Station station = tx.readOnly(() -> stations.find()).orElseThrow();
        return masterData.children(station.divisionCode());
    }

    /** The letters for the people of {@code kind} today in {@code village} (a division code, null = all). */
    @Requires(Permission.DOCUMENT_OUTPUT)
    public Letters letters(Operator op, ReminderKind kind, String village) {
        op.require(Permission.DOCUMENT_OUTPUT);
        return build(op, kind, village, Output.LETTERS);
    }

    /**
     * The letters or the list of {@code kind} today in {@code village}, for the print preview; a list with people
     * is audited as RECORD_VIEWED {@code preview <letters|list> <kind> <village|all> count=<n>} (ADR 0347).
     */
    @Requires(Permission.DOCUMENT_OUTPUT)
    public Letters document(Operator op, ReminderKind kind, String village, Output output) {
        op.require(Permission.DOCUMENT_OUTPUT);
        Letters letters = build(op, kind, village, output);
        if (letters.count() > 0) {
            tx.run(() -> audit.append(new AuditRecord(op.login(), AuditAction.RECORD_VIEWED, output.type.name(),
                    kind.name(), "preview " + output.auditWord + " " + kind.name() + " " + villageOrAll(village)
                            + " count=" + letters.count())));
        }
        return letters;
    }

    /**
     * A print made from the preview of {@link #document}: audited like {@link #print} with the kind, village and
     * count (printed or not), marked {@code preview}.
     */
    @Requires(Permission.DOCUMENT_OUTPUT)
    public void recordPreviewPrint(Operator op, ReminderKind kind, String village, Output output, int count,
                                   PrintOutcome outcome) {
        op.require(Permission.DOCUMENT_OUTPUT);
        record(op, AuditAction.DOCUMENT_PRINTED, output, kind, village, count, "printer=" + outcome.printerName()
                + " pages=" + outcome.pages() + " copies=" + outcome.copies() + " status=" + outcome.status()
                + " preview");
    }

    /** A PDF written from the preview of {@link #document}: audited like {@link #exportPdf}, marked {@code preview}. */
    @Requires(Permission.DOCUMENT_OUTPUT)
    public void recordPreviewExport(Operator op, ReminderKind kind, String village, Output output, int count,
                                    ExportOutcome outcome) {
        op.require(Permission.DOCUMENT_OUTPUT);
        if (outcome.succeeded()) {
            record(op, AuditAction.DATA_EXPORTED, output, kind, village, count, "pages=" + outcome.pages()
                    + " pdf preview");
        }
    }

    /** {@link #exportPdf(Operator, ReminderKind, String, Output, Path, boolean)} of the letters. */
    @Requires(Permission.DOCUMENT_OUTPUT)
    public Exported exportPdf(Operator op, ReminderKind kind, String village, Path target, boolean replace)
            throws ReportExportFailed {
        op.require(Permission.DOCUMENT_OUTPUT);
        return exportPdf(op, kind, village, Output.LETTERS, target, replace);
    }

    /** {@link #print(Operator, ReminderKind, String, Output, PrinterProfile, CardCalibration)} of the letters. */
    @Requires(Permission.DOCUMENT_OUTPUT)
    public Printed print(Operator op, ReminderKind kind, String village, PrinterProfile profile,
                         CardCalibration calibration) {
        op.require(Permission.DOCUMENT_OUTPUT);
        return print(op, kind, village, Output.LETTERS, profile, calibration);
    }

    /**
     * Writes the letters as one PDF (owner-only, never inside the data folder, an existing file only when
     * {@code replace}); audited with the count. An empty list writes nothing and returns a count of 0.
     */
    @Requires(Permission.DOCUMENT_OUTPUT)
    public Exported exportPdf(Operator op, ReminderKind kind, String village, Output output, Path target,
                              boolean replace) throws ReportExportFailed {
        op.require(Permission.DOCUMENT_OUTPUT);
        if (files.inside(target, dataFolder)) {
            throw new ReportExportFailed(ReportExportFailed.Reason.INSIDE_DATA_FOLDER, target, null);
        }
        Letters letters = build(op, kind, village, output);
        if (letters.count() == 0) {
            return new Exported(0, new ExportOutcome(output.type, target, 0, false,
                    ReportTexts.text(output.noneKey)));
        }
        int pages;
        try (ExportFiles.ExportFile file = files.create(target, replace)) {
            PreparedDocument prepared = printer.prepare(letters.document());
            pages = prepared.pageCount();
            try (java.io.OutputStream out = file.stream()) {
                printer.writePdf(prepared, out);
            }
            file.commit();
            try {
                record(op, AuditAction.DATA_EXPORTED, output, kind, village, letters.count(), "pages=" + pages + " pdf");
            } catch (RuntimeException e) {
                LOG.error("reminder letter audit failed; the PDF is removed", e);
                file.discard();
                throw new ReportExportFailed(ReportExportFailed.Reason.FAILED, target, e);
            }
        } catch (ExportFiles.TargetExists e) {
            throw new ReportExportFailed(ReportExportFailed.Reason.TARGET_EXISTS, target, e);
        } catch (IOException | DocumentPreparationException | RuntimeException e) {
            LOG.error("reminder letter export failed", e);
            throw new ReportExportFailed(ReportExportFailed.Reason.FAILED, target, e);
        }
        return new Exported(letters.count(), new ExportOutcome(output.type, target, pages, true,
                ReportTexts.text(output.exportedKey, letters.count(), pages, target.getFileName())));
    }

    /**
     * Sends the letters to the profile's printer; audited (printed or not) with the count and the printer's
     * outcome. An empty list prints nothing.
     */
    @Requires(Permission.DOCUMENT_OUTPUT)
    public Printed print(Operator op, ReminderKind kind, String village, Output output, PrinterProfile profile,
                         CardCalibration calibration) {
        op.require(Permission.DOCUMENT_OUTPUT);
        Letters letters = build(op, kind, village, output);
        if (letters.count() == 0) {
            return new Printed(0, null, ReportTexts.text(output.noneKey));
        }
        PrintOutcome outcome = printer.print(letters.document(), profile, calibration);
        record(op, AuditAction.DOCUMENT_PRINTED, output, kind, village, letters.count(), "printer="
                + outcome.printerName() + " pages=" + outcome.pages() + " copies=" + outcome.copies() + " status="
                + outcome.status());
        return new Printed(letters.count(), outcome, outcome.succeeded()
                ? ReportTexts.text(output.printedKey, letters.count(), outcome.pages()) : outcome.message());
    }

    private void record(Operator op, AuditAction action, Output output, ReminderKind kind, String village, int count,
                        String how) {
        tx.run(() -> audit.append(new AuditRecord(op.login(), action, output.type.name(), kind.name(),
                output.auditWord + " " + kind.name() + " " + villageOrAll(village) + " count=" + count + " " + how)));
    }

    private Letters build(Operator op, ReminderKind kind, String village, Output output) {
        LocalDate today = LocalDate.now(clock);
        String v = villageOrAll(village).equals("all") ? null : village.strip();
        List<ReminderItem> items = tx.readOnly(() -> lists.reminders(kind, today, horizonDays, v,
                ReminderService.LIMIT));
        Station station = tx.readOnly(() -> stations.find()).orElseThrow();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("stationName", station.name());
        p.put("operatorName", op.displayName());
        p.put("printedAt", LocalDateTime.now(clock).format(DateFormats.DATE_TIME));
        p.put("stationAddress", contact.address() == null ? "" : contact.address());
        p.put("officeHours", contact.officeHours() == null ? "" : contact.officeHours());
        p.put("letterDate", DateFormats.CHINESE_DATE.format(today));
        if (output == Output.LIST) {
            return ReminderListDocument.build(p, kind, v == null ? null : villageName(v), today, items, masterData);
        }
        List<Map<String, Object>> rows = items.stream().<Map<String, Object>>map(i -> Map.of(
                "name", i.name(),
                "body", ReportTexts.text("report.letter.body." + kind.name(), DateFormats.CHINESE_DATE.format(i.day())),
                "bring", ReportTexts.text("report.letter.bring." + kind.name()),
                "residenceAddress", i.address() == null ? "" : i.address())).toList();
        return new Letters(PrintDocument.withRows(DocumentType.REMINDER_LETTER, p, rows), rows.size());
    }

    private String villageName(String code) {
        return masterData.division(code).map(Division::shortName).orElse(code);
    }

    private static String villageOrAll(String village) {
        return village == null || village.isBlank() ? "all" : village.strip();
    }
}
