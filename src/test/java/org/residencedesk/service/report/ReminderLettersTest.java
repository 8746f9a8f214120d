package org.residencedesk.service.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.audit.AuditEntry;
import org.residencedesk.port.printing.CardCalibration;
import org.residencedesk.port.printing.DocumentType;
import org.residencedesk.port.printing.PrintStatus;
import org.residencedesk.port.printing.PrinterProfile;
import org.residencedesk.port.report.ReminderKind;
import org.residencedesk.service.Operator;
import org.residencedesk.service.PermissionDenied;
import org.residencedesk.testing.SystemTools;
import org.residencedesk.testing.TestOperators;

/**
 * 居住证办理提醒函 on {@link ReportFixture}'s known permits, with the station's address and office hours set in the
 * station policy file: the PDF read back with pdftotext has one page per person, each page naming that person (in
 * the list's order), what is due and by when, what to bring and the station's contact lines, and no ID number; the
 * file is owner-only; every output is audited with the count and no name.
 */
class ReminderLettersTest {
    private static final String ADDRESS = "武汉市洪山区关山大道100号";
    private static final String HOURS = "周一至周六 9:00—17:00";

    @TempDir
    static Path dataDir;
    static ReportFixture f;

    @BeforeAll
    static void build() throws IOException {
        Files.writeString(dataDir.resolve("station-policy.properties"), "version = 1\nstation.address = " + ADDRESS
                + "\nstation.officeHours = " + HOURS + "\n", StandardCharsets.UTF_8);
        f = new ReportFixture(dataDir).build();
    }

    @AfterAll
    static void close() {
        f.close();
    }

    @Test
    void theLapsedLettersAreOnePagePerPersonWithTheStationsAddressAndHours(@TempDir Path out) throws Exception {
        List<String> names = f.ctx.reminders().list(f.staff, ReminderKind.LAPSED, null).stream()
                .map(ReminderRow::name).toList();
        assertThat(names).hasSize(2);
        Path pdf = out.resolve("lapsed-letters.pdf");

        ReminderLetterService.Exported exported = f.ctx.reminderLetters().exportPdf(f.staff, ReminderKind.LAPSED,
                null, pdf, false);

        assertThat(exported.count()).isEqualTo(2);
        assertThat(exported.outcome().pages()).isEqualTo(2);
        assertThat(exported.outcome().message()).isEqualTo("已导出 2 封提醒函（2 页）到 lapsed-letters.pdf，已记入审计日志。");
        List<String> pages = pages(pdf);
        assertThat(pages).hasSize(2);
        for (int i = 0; i < 2; i++) {
            String page = pages.get(i);
            assertThat(page).startsWith("关山街道流动人口服务站居住证办理提醒函" + names.get(i) + "：");
            assertThat(page).contains("您的居住证已于2026年" + (i == 0 ? "11月1日" : "11月25日") + "到期未签注，目前暂停使用。",
                    "请携带：本人居民身份证、居住证原件",
                    "办理地点：关山街道流动人口服务站（" + ADDRESS + "）",
                    "办公时间：" + HOURS.replace(" ", ""),
                    "2026年11月28日", "经办人：王芳");
            assertThat(page).doesNotContain(names.get(1 - i)).doesNotContainPattern("\\d{17}[\\dX]");
        }
        assertThat(Files.getPosixFilePermissions(pdf)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        AuditEntry last = latest();
        assertThat(last.action()).isEqualTo(AuditAction.DATA_EXPORTED);
        assertThat(last.actor()).isEqualTo("wangfang");
        assertThat(last.detail()).isEqualTo("letters LAPSED all count=2 pages=2 pdf");

        assertThatThrownBy(() -> f.ctx.reminderLetters().exportPdf(f.staff, ReminderKind.LAPSED, null, pdf, false))
                .isInstanceOf(ReportExportFailed.class)
                .extracting(e -> ((ReportExportFailed) e).reason()).isEqualTo(ReportExportFailed.Reason.TARGET_EXISTS);
        assertThat(f.ctx.reminderLetters().exportPdf(f.staff, ReminderKind.LAPSED, null, pdf, true).count())
                .isEqualTo(2);
    }

    @Test
    void aVillageWithNobodyToRemindWritesNothing(@TempDir Path out) throws Exception {
        Path pdf = out.resolve("nobody.pdf");
        AuditEntry before = latest();

        ReminderLetterService.Exported exported = f.ctx.reminderLetters().exportPdf(f.staff, ReminderKind.LAPSED,
                ReportFixture.NANWANG, pdf, false);

        assertThat(exported.count()).isZero();
        assertThat(exported.outcome().message()).isEqualTo("没有需要提醒的人，未生成提醒函。");
        assertThat(pdf).doesNotExist();
        assertThat(latest().seq()).isEqualTo(before.seq());
    }

    @Test
    void lettersForOneVillageHoldOnlyItsPeople() {
        ReminderLetterService.Letters letters = f.ctx.reminderLetters().letters(f.staff,
                ReminderKind.AWAITING_COLLECTION, ReportFixture.HAIHE);
        assertThat(letters.count()).isEqualTo(1);
        assertThat(letters.document().type()).isEqualTo(DocumentType.REMINDER_LETTER);
        assertThat(letters.document().rows().get(0).get("body"))
                .isEqualTo("您申领的居住证已于2026年10月1日制作完成，请尽快到本站领取。");
        assertThat(letters.document().parameters().get("officeHours")).isEqualTo(HOURS);
    }

    @Test
    void aPrintToAMissingPrinterIsAuditedWithTheCountAndTheOutcome() {
        PrinterProfile profile = PrinterProfile.systemDefault(DocumentType.REMINDER_LETTER)
                .withPrinter("没有这台打印机");

        ReminderLetterService.Printed printed = f.ctx.reminderLetters().print(f.staff, ReminderKind.LAPSED, null,
                profile, CardCalibration.NONE);

        assertThat(printed.count()).isEqualTo(2);
        assertThat(printed.succeeded()).isFalse();
        assertThat(printed.outcome().status()).isEqualTo(PrintStatus.PRINTER_NOT_FOUND);
        AuditEntry last = latest();
        assertThat(last.action()).isEqualTo(AuditAction.DOCUMENT_PRINTED);
        assertThat(last.detail()).isEqualTo("letters LAPSED all count=2 printer=没有这台打印机 pages=0 copies=1"
                + " status=PRINTER_NOT_FOUND");
    }

    @Test
    void lettersInsideTheDataFolderAndOperatorsWithoutDocumentOutputAreRefused() {
        assertThatThrownBy(() -> f.ctx.reminderLetters().exportPdf(f.staff, ReminderKind.LAPSED, null,
                dataDir.resolve("letters.pdf"), false)).isInstanceOf(ReportExportFailed.class)
                .extracting(e -> ((ReportExportFailed) e).reason())
                .isEqualTo(ReportExportFailed.Reason.INSIDE_DATA_FOLDER);
        Operator admin = TestOperators.signIn(f.ctx, "guanli2", "管理二", Role.ADMIN);
        assertThatThrownBy(() -> f.ctx.reminderLetters().letters(admin, ReminderKind.LAPSED, null))
                .isInstanceOf(PermissionDenied.class);
    }

    private static AuditEntry latest() {
        return f.ctx.transactions().readOnly(() -> f.ctx.auditLog().latest(1)).get(0);
    }

    /** The PDF's text page by page (pdftotext ends each page with a form feed), without whitespace. */
    static List<String> pages(Path pdf) throws Exception {
        SystemTools.require(Files.isExecutable(Path.of("/usr/bin/pdftotext")), "pdftotext (poppler-utils)");
        Process p = new ProcessBuilder(List.of("pdftotext", "-enc", "UTF-8", pdf.toString(), "-"))
                .redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        return Arrays.stream(text.split("\f")).map(s -> s.replaceAll("\\s+", "")).filter(s -> !s.isEmpty()).toList();
    }
}
