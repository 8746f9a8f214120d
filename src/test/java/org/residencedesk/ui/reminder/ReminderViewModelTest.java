package org.residencedesk.ui.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.masterdata.Division;
import org.residencedesk.port.printing.DocumentType;
import org.residencedesk.port.printing.PrintDocument;
import org.residencedesk.port.report.ReminderKind;
import org.residencedesk.service.report.ReminderLetterService.Output;
import org.residencedesk.service.Operator;
import org.residencedesk.service.report.ReminderRow;
import org.residencedesk.service.report.ReportFixture;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.ui.BackgroundWork;

/**
 * 提醒 on the 工作台 without a window, on {@link ReportFixture}'s known permits: the kind and village choose the
 * list, the letters are written as one PDF with one page per person, the SMS list only for the chief.
 */
class ReminderViewModelTest {
    @TempDir
    static Path root;
    static ReportFixture f;
    static TimeZone original;
    static Operator chief;
    static Operator wangfang;

    @BeforeAll
    static void build() {
        original = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        f = new ReportFixture(root.resolve("data"), root.resolve("keys")).build();
        chief = TestOperators.signIn(f.ctx, "zhanzhang2", "张站长", Role.CHIEF);
        wangfang = TestOperators.signIn(f.ctx, "wangfang", "王芳", Role.WINDOW_STAFF);
    }

    @AfterAll
    static void close() {
        f.close();
        TimeZone.setDefault(original);
    }

    private static ReminderViewModel model(Operator op) {
        ReminderViewModel m = new ReminderViewModel(f.ctx.reminders(), f.ctx.reminderLetters(),
                f.ctx.printerSettings(), op, BackgroundWork.inline());
        m.load();
        return m;
    }

    @Test
    void theKindAndTheVillageChooseThePeople() {
        ReminderViewModel m = model(wangfang);
        assertThat(m.villages()).extracting(Division::shortName).contains("海核社区", "南望社区");
        assertThat(m.rows()).extracting(ReminderRow::day).containsExactly(java.time.LocalDate.of(2026, 12, 19));
        assertThat(m.messageProperty().get()).isEqualTo("共 1 人");

        m.kindProperty().set(ReminderKind.LAPSED);
        assertThat(m.rows()).hasSize(2);
        assertThat(m.rows()).allSatisfy(r -> assertThat(r.maskedIdNumber()).matches("420106\\*{8}\\d{3}[\\dX]"));

        m.villageProperty().set(m.villages().stream().filter(d -> d.code().equals("420111002005")).findFirst()
                .orElseThrow());
        assertThat(m.rows()).isEmpty();
        assertThat(m.messageProperty().get()).isEqualTo("共 0 人");
    }

    @Test
    void theLettersAreWrittenAsOnePdfAndTheSmsListIsTheChiefs(@TempDir Path out) throws Exception {
        ReminderViewModel staff = model(wangfang);
        assertThat(staff.mayPrintLetters()).isTrue();
        assertThat(staff.mayExportSms()).isFalse();
        staff.kindProperty().set(ReminderKind.LAPSED);
        Path pdf = out.resolve("提醒函.pdf");

        staff.exportLetters(pdf);

        assertThat(staff.messageProperty().get()).isEqualTo("已导出 2 封提醒函（2 页）到 提醒函.pdf，已记入审计日志。");
        assertThat(Files.size(pdf)).isPositive();

        staff.exportSms(out.resolve("sms.csv"));
        assertThat(out.resolve("sms.csv")).doesNotExist();
        assertThat(staff.messageProperty().get()).isEqualTo("当前账号没有办理此业务的权限");

        ReminderViewModel chiefModel = model(chief);
        assertThat(chiefModel.mayExportSms()).isTrue();
        chiefModel.kindProperty().set(ReminderKind.LAPSED);
        chiefModel.exportSms(out.resolve("sms.csv"));
        assertThat(chiefModel.messageProperty().get()).isEqualTo("已导出 2 人的短信名单到 sms.csv，已记入审计日志。");
        assertThat(Files.readAllLines(out.resolve("sms.csv"))).hasSize(3);
    }

    @Test
    void theLettersAndTheListArePreviewedAndTheListIsWrittenAsPdf(@TempDir Path out) throws Exception {
        ReminderViewModel m = model(wangfang);
        List<String> titles = new ArrayList<>();
        List<PrintDocument> shown = new ArrayList<>();
        List<org.residencedesk.ui.print.PreviewAudit> audits = new ArrayList<>();
        m.showPreviewsWith((title, document, audit) -> {
            titles.add(title);
            shown.add(document);
            audits.add(audit);
        });
        m.kindProperty().set(ReminderKind.LAPSED);

        m.preview(Output.LETTERS);
        m.preview(Output.LIST);

        assertThat(titles).containsExactly("提醒函预览", "提醒名单预览");
        assertThat(shown).extracting(PrintDocument::type).containsExactly(DocumentType.REMINDER_LETTER,
                DocumentType.REMINDER_LIST);
        assertThat(shown.get(0).rows()).extracting(r -> r.get("name"))
                .containsExactlyElementsOf(m.rows().stream().map(ReminderRow::name).toList());
        assertThat(shown.get(1).rows()).extracting(r -> r.get("idNumber"))
                .containsExactlyElementsOf(m.rows().stream().map(ReminderRow::maskedIdNumber).toList());
        assertThat(shown.get(1).parameters()).containsEntry("listTitle", "逾期未签注名单")
                .containsEntry("filterText", "村（社区）：全部").containsEntry("countText", "共 2 人");

        // who saw which list, and a PDF written from the preview, with the kind, the village and the count
        assertThat(lastAudit().detail()).isEqualTo("preview list LAPSED all count=2");
        org.residencedesk.port.printing.ExportOutcome fromPreview = f.ctx.printer().exportPdf(shown.get(1),
                out.resolve("预览.pdf"));
        audits.get(1).exported(fromPreview);
        assertThat(lastAudit().action()).isEqualTo(org.residencedesk.domain.audit.AuditAction.DATA_EXPORTED);
        assertThat(lastAudit().detail()).isEqualTo("list LAPSED all count=2 pages=1 pdf preview");

        Path pdf = out.resolve("名单.pdf");
        m.export(Output.LIST, pdf);
        assertThat(m.messageProperty().get()).isEqualTo("已导出提醒名单（2 人，1 页）到 名单.pdf，已记入审计日志。");
        assertThat(Files.size(pdf)).isPositive();

        m.villageProperty().set(m.villages().stream().filter(d -> d.code().equals("420111002005")).findFirst()
                .orElseThrow());
        m.preview(Output.LIST);
        assertThat(m.messageProperty().get()).isEqualTo("没有需要提醒的人，未生成名单。");
        assertThat(shown).hasSize(2);
    }

    private static org.residencedesk.domain.audit.AuditEntry lastAudit() {
        return f.ctx.transactions().readOnly(() -> f.ctx.auditLog().latest(1)).get(0);
    }
}
