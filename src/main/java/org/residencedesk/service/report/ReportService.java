package org.residencedesk.service.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.residencedesk.domain.account.Permission;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.audit.AuditRecord;
import org.residencedesk.domain.masterdata.MasterData;
import org.residencedesk.domain.station.Station;
import org.residencedesk.port.AuditLog;
import org.residencedesk.port.DocumentPrinter;
import org.residencedesk.port.ExportFiles;
import org.residencedesk.port.StationRepository;
import org.residencedesk.port.Transactions;
import org.residencedesk.port.UserRepository;
import org.residencedesk.port.printing.CardCalibration;
import org.residencedesk.port.printing.ExportOutcome;
import org.residencedesk.port.printing.PrintDocument;
import org.residencedesk.port.printing.PrintOutcome;
import org.residencedesk.port.printing.PrinterProfile;
import org.residencedesk.port.report.FigureGroup;
import org.residencedesk.port.report.ReportDocuments;
import org.residencedesk.port.report.ReportLists;
import org.residencedesk.port.report.ReportSheet;
import org.residencedesk.service.Operator;
import org.residencedesk.service.Requires;
import org.residencedesk.service.ValidationFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The chief's reports (issue 15): 日报 for one station day and 统计 for a period, computed by the figure groups'
 * aggregate queries in one read transaction (ADR 0240), each read audited as REPORT_VIEWED with the report and
 * its days; exported as PDF or XLSX through the safe export files (owner-only, never into the data folder,
 * an existing file only replaced when asked), audited as REPORT_EXPORTED; printed or previewed through the
 * print path from the same sheet (ADR 0345), each print audited as DOCUMENT_PRINTED with the printer's outcome.
 * Needs {@link Permission#REPORTS}.
 */
public final class ReportService {
    private static final Logger LOG = LoggerFactory.getLogger(ReportService.class);
    /** The days of the dashboard's trend, today included. */
    public static final int TREND_DAYS = 14;
    /** The dashboard's numbers of the day, in order. */
    public static final List<String> TODAY = List.of("registrations.new", "registrations.movedOut", "outflow.new",
            "applications.accepted", "permits.issued", "endorsements.made", "fees.taken");
    /** The queues that need the chief's attention, in order. */
    public static final List<String> CHIEF_QUEUES = List.of("work.awaitingReview", "work.awaitingPrint",
            "work.awaitingCollection", "applications.awaitingMaterials", "work.pastPromisedDate",
            "work.collectionOverdue", "endorsements.dueSoon", "endorsements.lapsed", "sync.backlog", "sync.rejected");
    /** A staff member's own figures of the day. */
    public static final List<String> MINE = List.of("registrations.new", "registrations.changed", "outflow.new",
            "applications.submitted", "applications.accepted", "permits.issued", "endorsements.made");
    /** The queues window staff work on. */
    public static final List<String> STAFF_QUEUES = List.of("applications.awaitingMaterials",
            "work.awaitingCollection", "work.collectionOverdue", "endorsements.dueSoon");
    /** The longest period a statistic covers (a year and a leap day). */
    static final int MAX_DAYS = 366;

    private final Transactions tx;
    private final StationRepository stations;
    private final AuditLog audit;
    private final ReportDocuments documents;
    private final ExportFiles files;
    private final Path dataFolder;
    private final Clock clock;
    private final ReportBuilder builder;
    private final DocumentPrinter printer;

    /**
     * @param groups the figure groups in display order (AppContext's list; add a group there)
     * @param overdueCollectionDays the station policy's 逾期未领 days
     */
    public ReportService(Transactions tx, List<FigureGroup> groups, ReportLists lists, UserRepository users,
                         StationRepository stations, MasterData masterData, AuditLog audit, ReportDocuments documents,
                         ExportFiles files, Path dataFolder, Clock clock, int overdueCollectionDays,
                         DocumentPrinter printer) {
        this.tx = tx;
        this.printer = printer;
        this.stations = stations;
        this.audit = audit;
        this.documents = documents;
        this.files = files;
        this.dataFolder = dataFolder;
        this.clock = clock;
        this.builder = new ReportBuilder(groups, lists, users, masterData, clock, overdueCollectionDays);
    }

    /** Today as a station day (the default of the date pickers). */
    @Requires(Permission.REPORTS)
    public LocalDate today(Operator op) {
        op.require(Permission.REPORTS);
        return LocalDate.now(clock);
    }

    /** 日报 of one station day (Asia/Shanghai), audited. */
    @Requires(Permission.REPORTS)
    public Report daily(Operator op, LocalDate day) {
        op.require(Permission.REPORTS);
        if (day == null) {
            throw invalid("day", "report.invalid.day");
        }
        return read(op, ReportKind.DAILY, day, day);
    }

    /** 统计 of {@code from..to} (both included, at most 366 days), with comparisons, audited. */
    @Requires(Permission.REPORTS)
    public Report period(Operator op, LocalDate from, LocalDate to) {
        op.require(Permission.REPORTS);
        if (from == null || to == null || to.isBefore(from)) {
            throw invalid("from", "report.invalid.period");
        }
        if (to.toEpochDay() - from.toEpochDay() + 1 > MAX_DAYS) {
            throw invalid("to", "report.invalid.tooLong", MAX_DAYS);
        }
        return read(op, ReportKind.PERIOD, from, to);
    }

    /**
     * Writes a computed report to {@code out} as PDF or XLSX (by its extension), audited as REPORT_EXPORTED.
     *
     * @param replace an existing file (or link, replaced as a link) at {@code out} is replaced atomically
     */
    @Requires(Permission.REPORTS)
    public void export(Operator op, Report report, Path out, boolean replace) throws ReportExportFailed {
        op.require(Permission.REPORTS);
        ReportFormat format = ReportFormat.ofFileName(out)
                .orElseThrow(() -> new ReportExportFailed(ReportExportFailed.Reason.UNKNOWN_FORMAT, out, null));
        if (files.inside(out, dataFolder)) {
            throw new ReportExportFailed(ReportExportFailed.Reason.INSIDE_DATA_FOLDER, out, null);
        }
        ReportSheet sheet = ReportSheets.of(report);
        try (ExportFiles.ExportFile file = files.create(out, replace)) {
            try (OutputStream stream = new BufferedOutputStream(file.stream())) {
                if (format == ReportFormat.PDF) {
                    documents.writePdf(sheet, stream);
                } else {
                    documents.writeXlsx(sheet, stream);
                }
            }
            file.commit();
            try {
                tx.run(() -> audit.append(new AuditRecord(op.login(), AuditAction.REPORT_EXPORTED, "REPORT", null,
                        detail(report) + " " + format.name().toLowerCase())));
            } catch (RuntimeException e) {
                LOG.error("report export audit failed", e);
                file.discard();
                throw new ReportExportFailed(ReportExportFailed.Reason.FAILED, out, e);
            }
        } catch (ExportFiles.TargetExists e) {
            throw new ReportExportFailed(ReportExportFailed.Reason.TARGET_EXISTS, out, e);
        } catch (IOException | RuntimeException e) {
            LOG.error("report export as {} failed", format, e);
            throw new ReportExportFailed(ReportExportFailed.Reason.FAILED, out, e);
        }
    }

    /** The report as the printable document of the print preview: the same sheet, template and charts as the PDF. */
    @Requires(Permission.REPORTS)
    public PrintDocument document(Operator op, Report report) {
        op.require(Permission.REPORTS);
        return ReportSheetDocument.of(ReportSheets.of(report), documents);
    }

    /**
     * Sends the report to the profile's printer (系统设置 → 打印机, 日报 / 统计报表); audited as DOCUMENT_PRINTED with
     * the printer's outcome whether it printed or not. Blocking: call off the FX thread.
     */
    @Requires(Permission.REPORTS)
    public PrintOutcome print(Operator op, Report report, PrinterProfile profile) {
        op.require(Permission.REPORTS);
        PrintOutcome outcome = printer.print(ReportSheetDocument.of(ReportSheets.of(report), documents), profile,
                CardCalibration.NONE);
        recordPrinted(op, report, outcome, "");
        return outcome;
    }

    /** A print made from the report's preview, audited like {@link #print} (marked {@code preview}). */
    @Requires(Permission.REPORTS)
    public void recordPreviewPrint(Operator op, Report report, PrintOutcome outcome) {
        op.require(Permission.REPORTS);
        recordPrinted(op, report, outcome, " preview");
    }

    /** A PDF written from the report's preview, audited as REPORT_EXPORTED like {@link #export}. */
    @Requires(Permission.REPORTS)
    public void recordPreviewExport(Operator op, Report report, ExportOutcome outcome) {
        op.require(Permission.REPORTS);
        if (outcome.succeeded()) {
            tx.run(() -> audit.append(new AuditRecord(op.login(), AuditAction.REPORT_EXPORTED, "REPORT", null,
                    detail(report) + " pdf preview pages=" + outcome.pages())));
        }
    }

    private void recordPrinted(Operator op, Report report, PrintOutcome outcome, String how) {
        tx.run(() -> audit.append(new AuditRecord(op.login(), AuditAction.DOCUMENT_PRINTED, "REPORT", null,
                detail(report) + " printer=" + outcome.printerName() + " pages=" + outcome.pages() + " copies="
                        + outcome.copies() + " status=" + outcome.status() + how)));
    }

    /** The report as one JSON object (keys in README.md, section 报表). */
    @Requires(Permission.REPORTS)
    public String json(Operator op, Report report) {
        op.require(Permission.REPORTS);
        return ReportJson.write(report);
    }

    /** The report laid out for output (the same sheet the PDF and XLSX are made of). */
    @Requires(Permission.REPORTS)
    public ReportSheet sheet(Operator op, Report report) {
        op.require(Permission.REPORTS);
        return ReportSheets.of(report);
    }

    /**
     * The chief's 工作台 for today: today's report, its numbers and queues, and the trend of the last
     * {@link #TREND_DAYS} days (one aggregate count per group over the whole range), audited as REPORT_VIEWED
     * {@code dashboard <day>}.
     */
    @Requires(Permission.REPORTS)
    public Dashboard dashboard(Operator op) {
        op.require(Permission.REPORTS);
        LocalDate day = LocalDate.now(clock);
        return tx.inTransaction(() -> {
            String station = stations.find().map(Station::name).orElse("");
            Report report = builder.build(ReportKind.DAILY, day, day, station, op.displayName());
            Trend trend = builder.trendOnly(day.minusDays(TREND_DAYS - 1), day);
            audit.append(new AuditRecord(op.login(), AuditAction.REPORT_VIEWED, "REPORT", null, "dashboard " + day));
            return new Dashboard(day, pick(report, TODAY), pick(report, CHIEF_QUEUES), trend, report);
        });
    }

    /**
     * 我的今日 for window staff: the operator's own share of today's flow figures ({@link #MINE}) and the queues
     * they work on ({@link #STAFF_QUEUES}). Counts only (no names, no ID numbers), so the read is not audited;
     * needs 查看居住证申领与各类队列, which every counter role holds.
     */
    @Requires(Permission.PERMIT_VIEW)
    public MyDay myDay(Operator op) {
        op.require(Permission.PERMIT_VIEW);
        LocalDate day = LocalDate.now(clock);
        return tx.readOnly(() -> {
            Report report = builder.build(ReportKind.DAILY, day, day, "", op.displayName());
            Map<String, Long> mine = report.byStaff().stream().filter(b -> b.code().equals(op.login()))
                    .findFirst().map(BreakdownRow::values).orElse(Map.of());
            List<FigureValue> own = pick(report, MINE).stream().map(f -> new FigureValue(f.group(), f.key(),
                    f.label(), f.unit(), false, mine.getOrDefault(f.fullKey(), 0L), null, null)).toList();
            return new MyDay(day, own, pick(report, STAFF_QUEUES));
        });
    }

    private static List<FigureValue> pick(Report report, List<String> keys) {
        return keys.stream().flatMap(k -> report.figure(k).stream()).toList();
    }

    private Report read(Operator op, ReportKind kind, LocalDate from, LocalDate to) {
        return tx.inTransaction(() -> {
            String station = stations.find().map(Station::name).orElse("");
            Report report = builder.build(kind, from, to, station, op.displayName());
            audit.append(new AuditRecord(op.login(), AuditAction.REPORT_VIEWED, "REPORT", null, detail(report)));
            return report;
        });
    }

    private static String detail(Report r) {
        return r.kind().jsonName() + " " + (r.from().equals(r.to()) ? r.from() : r.from() + ".." + r.to());
    }

    private static ValidationFailure invalid(String field, String key, Object... args) {
        return new ValidationFailure(Map.of(field, ReportTexts.text(key, args)));
    }
}
