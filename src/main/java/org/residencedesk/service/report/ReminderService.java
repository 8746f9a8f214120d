package org.residencedesk.service.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.residencedesk.domain.DateFormats;
import org.residencedesk.domain.account.Permission;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.audit.AuditRecord;
import org.residencedesk.domain.identity.IdNumber;
import org.residencedesk.domain.masterdata.Division;
import org.residencedesk.domain.masterdata.MasterData;
import org.residencedesk.port.AuditLog;
import org.residencedesk.port.ExportFiles;
import org.residencedesk.port.Transactions;
import org.residencedesk.port.report.ReminderItem;
import org.residencedesk.port.report.ReminderKind;
import org.residencedesk.port.report.ReminderLists;
import org.residencedesk.service.Operator;
import org.residencedesk.service.Requires;
import org.residencedesk.service.export.CsvWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reminders that reach people (issue 15 item 4, ADR 0287): the list of a {@link ReminderKind}, optionally for one
 * village, with masked ID numbers (查看居住证申领与各类队列, like the queues); and the CSV for the station's SMS tool
 * with the mobile numbers (导出个人信息, the chief), written as a safe export file and audited as DATA_EXPORTED; the
 * list as CSV without mobile numbers (出具文书, ADR 0329). Letters and the printed list: {@link ReminderLetterService}.
 */
public final class ReminderService {
    private static final Logger LOG = LoggerFactory.getLogger(ReminderService.class);
    /** The most people one list or export holds. */
    public static final int LIMIT = 5000;

    private final Transactions tx;
    private final ReminderLists lists;
    private final MasterData masterData;
    private final AuditLog audit;
    private final ExportFiles files;
    private final Path dataFolder;
    private final Clock clock;
    private final int horizonDays;

    /** @param horizonDays the station policy's endorsement reminder days */
    public ReminderService(Transactions tx, ReminderLists lists, MasterData masterData, AuditLog audit,
                           ExportFiles files, Path dataFolder, Clock clock, int horizonDays) {
        this.tx = tx;
        this.lists = lists;
        this.masterData = masterData;
        this.audit = audit;
        this.files = files;
        this.dataFolder = dataFolder;
        this.clock = clock;
        this.horizonDays = horizonDays;
    }

    /**
     * The people to remind of {@code kind} today, in {@code village} (a division code) or everywhere (null), audited
     * as RECORD_VIEWED {@code view <kind> <village|all> count=<n>}.
     */
    @Requires(Permission.PERMIT_VIEW)
    public List<ReminderRow> list(Operator op, ReminderKind kind, String village) {
        op.require(Permission.PERMIT_VIEW);
        LocalDate today = LocalDate.now(clock);
        String v = village == null || village.isBlank() ? null : village.strip();
        // who saw which list (names, masked ID numbers): one RECORD_VIEWED entry, never a name (ADR 0347)
        List<ReminderItem> items = tx.inTransaction(() -> {
            List<ReminderItem> found = lists.reminders(kind, today, horizonDays, v, LIMIT);
            audit.append(new AuditRecord(op.login(), AuditAction.RECORD_VIEWED, "REMINDER", kind.name(),
                    "view " + kind.name() + " " + villageOrAll(village) + " count=" + found.size()));
            return found;
        });
        return items.stream().map(i -> new ReminderRow(i.permitId(), i.name(),
                IdNumber.mask(i.idNumber()), villageName(i.divisionCode()), i.address(), i.day(),
                i.mobile() != null && !i.mobile().isBlank())).toList();
    }

    /**
     * Writes the CSV for the SMS tool (姓名, 手机号码, 身份证号码 masked, 事项, 日期, 村（社区）) of the people of
     * {@code kind} who have a mobile number; audited with the kind, the village and the count.
     *
     * @return how many rows were written
     */
    @Requires(Permission.EXPORT)
    public int exportSms(Operator op, ReminderKind kind, String village, Path out, boolean replace)
            throws ReportExportFailed {
        op.require(Permission.EXPORT);
        refuseInsideDataFolder(out);
        List<ReminderItem> items = read(kind, village).stream()
                .filter(i -> i.mobile() != null && !i.mobile().isBlank()).toList();
        String matter = ReportTexts.text(kind.labelKey());
        List<String> header = List.of(ReportTexts.text("report.reminder.csv.name"),
                ReportTexts.text("report.reminder.csv.mobile"), ReportTexts.text("report.reminder.csv.idNumber"),
                ReportTexts.text("report.reminder.csv.matter"), ReportTexts.text("report.reminder.csv.day"),
                ReportTexts.text("report.reminder.csv.village"));
        List<List<String>> rows = items.stream().map(i -> List.of(i.name(), i.mobile(), IdNumber.mask(i.idNumber()),
                matter, DateFormats.CHINESE_DATE.format(i.day()), villageName(i.divisionCode()))).toList();
        return writeCsv(op, out, replace, header, rows, "sms " + kind.name() + " " + villageOrAll(village));
    }

    /**
     * Writes the list of {@code kind} as CSV without mobile numbers (ADR 0329: the 签注 area's 导出名单): 姓名, 公民身份号码
     * masked, the permit's (or registration's) number, the kind's day (yyyy-MM-dd), the days left until it (negative
     * once past) and the village; audited like the SMS list with the kind, the village and the count.
     *
     * @return how many rows were written
     */
    @Requires(Permission.DOCUMENT_OUTPUT)
    public int exportList(Operator op, ReminderKind kind, String village, Path out, boolean replace)
            throws ReportExportFailed {
        op.require(Permission.DOCUMENT_OUTPUT);
        refuseInsideDataFolder(out);
        LocalDate today = LocalDate.now(clock);
        List<String> header = List.of(ReportTexts.text("report.reminder.csv.name"),
                ReportTexts.text("report.reminder.csv.citizenId"),
                ReportTexts.text(kind.aboutPermit() ? "report.reminder.csv.permitNumber"
                        : "report.reminder.csv.registrationNumber"),
                ReportTexts.text("report.list.day." + kind.name()), ReportTexts.text("report.reminder.csv.daysLeft"),
                ReportTexts.text("report.reminder.csv.village"));
        List<List<String>> rows = read(kind, village).stream().map(i -> Arrays.asList(i.name(),
                IdNumber.mask(i.idNumber()), i.number(), i.day() == null ? null : i.day().toString(),
                i.day() == null ? null : Long.toString(ChronoUnit.DAYS.between(today, i.day())),
                villageName(i.divisionCode()))).toList();
        return writeCsv(op, out, replace, header, rows, "list " + kind.name() + " " + villageOrAll(village));
    }

    private void refuseInsideDataFolder(Path out) throws ReportExportFailed {
        if (files.inside(out, dataFolder)) {
            throw new ReportExportFailed(ReportExportFailed.Reason.INSIDE_DATA_FOLDER, out, null);
        }
    }

    private int writeCsv(Operator op, Path out, boolean replace, List<String> header, List<List<String>> rows,
                         String what) throws ReportExportFailed {
        try (ExportFiles.ExportFile file = files.create(out, replace)) {
            try (CsvWriter csv = new CsvWriter(file.stream())) {
                csv.header(header);
                for (List<String> row : rows) {
                    csv.row(row);
                }
            }
            file.commit();
            try {
                tx.run(() -> audit.append(new AuditRecord(op.login(), AuditAction.DATA_EXPORTED, "REMINDER", null,
                        what + " " + rows.size())));
            } catch (RuntimeException e) {
                LOG.error("reminder export audit failed", e);
                file.discard();
                throw new ReportExportFailed(ReportExportFailed.Reason.FAILED, out, e);
            }
            return rows.size();
        } catch (ExportFiles.TargetExists e) {
            throw new ReportExportFailed(ReportExportFailed.Reason.TARGET_EXISTS, out, e);
        } catch (IOException | RuntimeException e) {
            LOG.error("reminder export failed", e);
            throw new ReportExportFailed(ReportExportFailed.Reason.FAILED, out, e);
        }
    }

    private static String villageOrAll(String village) {
        return village == null || village.isBlank() ? "all" : village.strip();
    }

    private List<ReminderItem> read(ReminderKind kind, String village) {
        LocalDate today = LocalDate.now(clock);
        String v = village == null || village.isBlank() ? null : village.strip();
        return tx.readOnly(() -> lists.reminders(kind, today, horizonDays, v, LIMIT));
    }

    private String villageName(String code) {
        return code == null ? "" : masterData.division(code).map(Division::shortName).orElse(code);
    }
}
