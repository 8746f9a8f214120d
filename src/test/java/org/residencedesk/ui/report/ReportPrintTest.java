package org.residencedesk.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.audit.AuditAction;
import org.residencedesk.domain.audit.AuditEntry;
import org.residencedesk.port.printing.CardCalibration;
import org.residencedesk.port.printing.DocumentType;
import org.residencedesk.port.printing.ExportOutcome;
import org.residencedesk.port.printing.PrintDocument;
import org.residencedesk.port.printing.PrintOutcome;
import org.residencedesk.port.printing.PrintStatus;
import org.residencedesk.port.printing.PrinterProfile;
import org.residencedesk.port.report.ReportSheet;
import org.residencedesk.service.Operator;
import org.residencedesk.testing.CupsPdfOutput;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testing.TestStation;
import org.residencedesk.testsupport.RegistrationFixture;
import org.residencedesk.ui.BackgroundWork;
import org.residencedesk.ui.print.PreviewAudit;

/**
 * 日报 and 统计 printed, not only exported (issue 15 item 1, ADR 0345): through the 报表 area's view model on a real
 * station, to the real CUPS queue {@code PDF} chosen for 日报 in the printer settings — the printed PDF is found by its
 * text and holds the report's figures; a stopped queue is said and audited as not printed; the preview shows the
 * sheet with its charts, and a print or PDF from it is audited with the report.
 */
class ReportPrintTest {
    private static final String STOPPED = "RdReportStoppedTest";
    private static final String MAKER = "报表打印员";
    @TempDir
    static Path root;
    static AppContext ctx;
    static Operator chief;

    @BeforeAll
    static void station() {
        CupsPdfOutput.require();
        ctx = TestStation.open(root.resolve("data"), TestClock.at("2026-11-28T01:15:00Z"));
        chief = TestOperators.signIn(ctx, "baobiao", MAKER, Role.CHIEF);
        Operator staff = TestOperators.windowStaff(ctx);
        ctx.registration().register(staff, RegistrationFixture.valid().toBuilder().set("arrivalDate", "2026-11-20")
                .set("operator", "").set("registrationDate", "").set("registrationNumber", "").build());
        CupsPdfOutput.createStopped(STOPPED);
        ctx.printerSettings().save(ctx.printerSettings().load()
                .withProfile(new PrinterProfile(DocumentType.DAILY_SUMMARY, CupsPdfOutput.QUEUE, null, 1, false))
                .withProfile(new PrinterProfile(DocumentType.PERIOD_STATISTICS, STOPPED, null, 1, false)));
    }

    @AfterAll
    static void close() {
        CupsPdfOutput.remove(STOPPED);
        if (ctx != null) {
            ctx.close();
        }
    }

    private static ReportAreaViewModel model(List<Shown> shown) {
        return new ReportAreaViewModel(ctx.reports(), chief, BackgroundWork.inline(), LocalDate.of(2026, 11, 28))
                .printingWith(ctx.printerSettings(), (title, document, audit) -> shown.add(new Shown(title, document,
                        audit)));
    }

    record Shown(String title, PrintDocument document, PreviewAudit audit) {
    }

    @Test
    void theDailySummaryIsPrintedOnTheChosenQueueWithTheExportedFigures(@TempDir Path out) throws Exception {
        ReportAreaViewModel m = model(new ArrayList<>());
        m.print();
        assertThat(m.messageProperty().get()).isEqualTo("请先查询报表。");

        m.show();
        Set<Path> before = CupsPdfOutput.before();
        m.print();

        assertThat(m.messageProperty().get()).isEqualTo("日报已由打印机 PDF 打印（2 页），已记入审计日志。");
        int pages = ctx.printer().prepare(ctx.reports().document(chief, m.reportProperty().get())).pageCount();
        assertThat(pages).isEqualTo(2);
        assertThat(CupsPdfOutput.awaitPrinted(before, "daily-summary", pages)).isNotNull();
        // the printed document is the export's sheet: every figure with its value
        ExportOutcome pdf = ctx.printer().exportPdf(ctx.reports().document(chief, m.reportProperty().get()),
                out.resolve("日报.pdf"));
        assertThat(pdf.succeeded()).as(pdf.message()).isTrue();
        String text = CupsPdfOutput.squeeze(CupsPdfOutput.run("pdftotext", "-enc", "UTF-8",
                out.resolve("日报.pdf").toString(), "-"));
        ReportSheet sheet = ctx.reports().sheet(chief, m.reportProperty().get());
        assertThat(text).contains(CupsPdfOutput.squeeze(sheet.title()), "日期：2026年11月28日", "制表人：" + MAKER);
        for (ReportSheet.Line line : sheet.lines()) {
            if (line.style() == ReportSheet.Style.FIGURE) {
                assertThat(text).contains(CupsPdfOutput.squeeze(line.label() + line.value()));
            }
        }
        assertThat(m.reportProperty().get().figure("registrations.new").orElseThrow().value()).isEqualTo(1);
        assertThat(last(AuditAction.DOCUMENT_PRINTED)).satisfies(e -> {
            assertThat(e.actor()).isEqualTo("baobiao");
            assertThat(e.targetType()).isEqualTo("REPORT");
            assertThat(e.detail()).isEqualTo("daily 2026-11-28 printer=PDF pages=2 copies=1 status=PRINTED");
        });
    }

    @Test
    void aStoppedQueueIsSaidAndAuditedAsNotPrinted() {
        ReportAreaViewModel m = model(new ArrayList<>());
        m.kindProperty().set(ReportAreaViewModel.Kind.PERIOD);
        m.show();

        m.print();

        assertThat(m.messageProperty().get()).contains(STOPPED, "已停止或脱机").doesNotContain("已由打印机");
        assertThat(last(AuditAction.DOCUMENT_PRINTED).detail()).isEqualTo("period 2026-11-01..2026-11-30 printer="
                + STOPPED + " pages=0 copies=1 status=PRINTER_OFFLINE");
    }

    @Test
    void thePreviewShowsTheSheetWithChartsAndItsPrintAndPdfAreAudited(@TempDir Path out) throws Exception {
        List<Shown> shown = new ArrayList<>();
        ReportAreaViewModel m = model(shown);
        m.kindProperty().set(ReportAreaViewModel.Kind.PERIOD);
        m.show();

        m.preview();

        assertThat(shown).singleElement().satisfies(s -> {
            assertThat(s.title()).isEqualTo("关山街道流动人口服务站 统计报表");
            assertThat(s.document().type()).isEqualTo(DocumentType.PERIOD_STATISTICS);
            assertThat(s.document().parameters().get("chart1")).isInstanceOf(BufferedImage.class);
            assertThat(s.document().parameters().get("chart2")).isInstanceOf(BufferedImage.class);
        });
        ReportSheet sheet = ctx.reports().sheet(chief, m.reportProperty().get());
        assertThat(shown.get(0).document().rows()).extracting(r -> r.get("label") + "|" + r.get("value"))
                .containsExactlyElementsOf(sheet.lines().stream().map(l -> l.label() + "|" + l.value()).toList());

        // what the preview window does: print on this PC's printer, write the PDF; each is audited with the report
        PrintDocument document = shown.get(0).document();
        PrintOutcome outcome = ctx.printer().print(document, new PrinterProfile(DocumentType.PERIOD_STATISTICS,
                CupsPdfOutput.QUEUE, null, 1, false), CardCalibration.NONE);
        assertThat(outcome.status()).as(outcome.message()).isEqualTo(PrintStatus.PRINTED);
        shown.get(0).audit().printed(outcome);
        assertThat(last(AuditAction.DOCUMENT_PRINTED).detail()).isEqualTo("period 2026-11-01..2026-11-30 printer=PDF pages="
                + outcome.pages() + " copies=1 status=PRINTED preview");
        ExportOutcome pdf = ctx.printer().exportPdf(document, out.resolve("统计.pdf"));
        assertThat(pdf.succeeded()).as(pdf.message()).isTrue();
        shown.get(0).audit().exported(pdf);
        assertThat(last(AuditAction.REPORT_EXPORTED).detail()).isEqualTo("period 2026-11-01..2026-11-30 pdf preview pages="
                + pdf.pages());
        String text = CupsPdfOutput.squeeze(CupsPdfOutput.run("pdftotext", "-enc", "UTF-8",
                out.resolve("统计.pdf").toString(), "-"));
        assertThat(text).contains("统计期间：2026年11月1日至2026年11月30日", "制表人：" + MAKER);
    }

    private static AuditEntry last(AuditAction action) {
        return ctx.transactions().readOnly(() -> ctx.auditLog().latest(20)).stream()
                .filter(e -> e.action() == action).findFirst().orElseThrow();
    }
}
