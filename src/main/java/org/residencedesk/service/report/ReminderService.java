package org.residencedesk.service.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
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
 * with the mobile numbers (导出个人信息, the chief), written as a safe export file and audited as DATA_EXPORTED.
 * Reminder letters are not built yet (known gaps).
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

    /** The people to remind of {@code kind} today, in {@code village} (a division code) or everywhere (null). */
    @Requires(Permission.PERMIT_VIEW)
    public List<ReminderRow> list(Operator op, ReminderKind kind, String village) {
        op.require(Permission.PERMIT_VIEW);
        return read(kind, village).stream().map(i -> new ReminderRow(i.permitId(), i.name(),
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
        if (files.inside(out, dataFolder)) {
            throw new ReportExportFailed(ReportExportFailed.Reason.INSIDE_DATA_FOLDER, out, null);
        }
        List<ReminderItem> items = read(kind, village).stream()
                .filter(i -> i.mobile() != null && !i.mobile().isBlank()).toList();
        String matter = ReportTexts.text(kind.labelKey());
        try (ExportFiles.ExportFile file = files.create(out, replace)) {
            try (CsvWriter csv = new CsvWriter(file.stream())) {
                csv.header(List.of(ReportTexts.text("report.reminder.csv.name"), ReportTexts.text("report.reminder.csv.mobile"),
                        ReportTexts.text("report.reminder.csv.idNumber"), ReportTexts.text("report.reminder.csv.matter"),
                        ReportTexts.text("report.reminder.csv.day"), ReportTexts.text("report.reminder.csv.village")));
                for (ReminderItem i : items) {
                    csv.row(List.of(i.name(), i.mobile(), IdNumber.mask(i.idNumber()), matter,
                            DateFormats.CHINESE_DATE.format(i.day()), villageName(i.divisionCode())));
                }
            }
            file.commit();
            try {
                tx.run(() -> audit.append(new AuditRecord(op.login(), AuditAction.DATA_EXPORTED, "REMINDER", null,
                        "sms " + kind.name() + " " + (village == null ? "all" : village) + " " + items.size())));
            } catch (RuntimeException e) {
                LOG.error("reminder export audit failed", e);
                file.discard();
                throw new ReportExportFailed(ReportExportFailed.Reason.FAILED, out, e);
            }
            return items.size();
        } catch (ExportFiles.TargetExists e) {
            throw new ReportExportFailed(ReportExportFailed.Reason.TARGET_EXISTS, out, e);
        } catch (IOException | RuntimeException e) {
            LOG.error("reminder export failed", e);
            throw new ReportExportFailed(ReportExportFailed.Reason.FAILED, out, e);
        }
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
