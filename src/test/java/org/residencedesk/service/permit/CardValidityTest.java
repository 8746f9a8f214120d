package org.residencedesk.service.permit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.residencedesk.service.permit.PermitServiceFixture.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.domain.DateFormats;
import org.residencedesk.domain.permit.Handover;
import org.residencedesk.domain.permit.PermitApplication;
import org.residencedesk.domain.permit.PrintType;
import org.residencedesk.port.PermitSummary;
import org.residencedesk.print.JasperDocumentPrinter;
import org.residencedesk.print.TemplateCache;
import org.residencedesk.storage.HibernatePermitRepository;
import org.residencedesk.storage.HibernateTransactions;

/**
 * The printed card equals the record (issue 11 item 3, ADR 0143): in every path the card's validity is the
 * record's validity, with the card printed on one day and handed over days later, on the real services.
 */
class CardValidityTest extends PermitStageTest {
    @TempDir
    Path pdfDir;

    @Test
    void aFirstCardHandedOverDaysLaterKeepsThePrintedValidity() {
        String id = approved();
        CardPrintJob job = printOn(id, LocalDate.of(2026, 12, 3), PrintSpec.first());
        assertThat(job.card().parameters()).containsEntry("validity", "2026.12.03-2027.12.02");

        issueOn(id, LocalDate.of(2026, 12, 8));

        assertThat(job.card().parameters().get("validity")).isEqualTo(recordValidity(id));
        PermitSummary s = f.summary(id);
        assertThat(s.issuedOn()).as("the handover day stays on record").isEqualTo(LocalDate.of(2026, 12, 8));
        assertThat(s.validUntil()).isEqualTo(LocalDate.of(2027, 12, 2));
        assertThat(s.nextAnniversary()).isEqualTo(LocalDate.of(2027, 12, 3));
    }

    @Test
    void aCardPrintedOnLeapDayRunsToTheDayBeforeItsAnniversary() {
        String id = approved();
        CardPrintJob job = printOn(id, LocalDate.of(2028, 2, 29), PrintSpec.first());
        issueOn(id, LocalDate.of(2028, 3, 1));

        assertThat(job.card().parameters()).containsEntry("validity", "2028.02.29-2029.02.27");
        assertThat(job.card().parameters().get("validity")).isEqualTo(recordValidity(id));
        assertThat(f.summary(id).validUntil()).isEqualTo(LocalDate.of(2029, 2, 27));
    }

    @Test
    void aCorrectionReprintOnALaterDayKeepsTheFirstCardsDates() {
        String id = approved();
        CardPrintJob first = printOn(id, LocalDate.of(2026, 12, 3), PrintSpec.first());
        CardPrintJob reprint = printOn(id, LocalDate.of(2026, 12, 4),
                PrintSpec.reprint(PrintType.CORRECTION_REPRINT, "姓名印错", CHIEF));
        CardPrintJob lost = printOn(id, LocalDate.of(2026, 12, 31),
                PrintSpec.reprint(PrintType.LOST_REPRINT, "发放前遗失", CHIEF));
        issueOn(id, LocalDate.of(2027, 1, 4));

        assertThat(reprint.card().parameters().get("validity")).isEqualTo("2026.12.03-2027.12.02")
                .isEqualTo(first.card().parameters().get("validity")).isEqualTo(recordValidity(id));
        assertThat(lost.card().parameters().get("validity")).isEqualTo(recordValidity(id));
    }

    @Test
    void aReplacementAfterAnEndorsementPrintsTheExtendedValidity() {
        String id = approved();
        printOn(id, LocalDate.of(2026, 12, 3), PrintSpec.first());
        issueOn(id, LocalDate.of(2026, 12, 7));
        f.today(LocalDate.of(2027, 11, 20));
        f.lifecycle().endorse(STAFF, id);
        assertThat(f.summary(id).validUntil()).isEqualTo(LocalDate.of(2028, 12, 2));

        f.today(LocalDate.of(2028, 1, 10));
        f.lifecycle().replace(STAFF, id, true);
        CardPrintJob replacement = printOn(id, LocalDate.of(2028, 1, 12), PrintSpec.first());
        issueOn(id, LocalDate.of(2028, 1, 15));

        assertThat(replacement.card().parameters()).containsEntry("validity", "2026.12.03-2028.12.02");
        assertThat(replacement.card().parameters().get("validity")).isEqualTo(recordValidity(id));
    }

    @Test
    void aLostCardAfterALateEndorsementPrintsTheRestartedYears() {
        String id = approved();
        printOn(id, LocalDate.of(2026, 12, 3), PrintSpec.first());
        issueOn(id, LocalDate.of(2026, 12, 7));
        f.today(LocalDate.of(2027, 12, 3));
        f.lifecycle().endorse(STAFF, id);

        f.today(LocalDate.of(2028, 2, 1));
        f.lifecycle().reissue(STAFF, id);
        CardPrintJob lost = printOn(id, LocalDate.of(2028, 2, 2),
                PrintSpec.reprint(PrintType.LOST_REPRINT, "持证人遗失", CHIEF));
        issueOn(id, LocalDate.of(2028, 2, 6));

        assertThat(lost.card().parameters()).containsEntry("validity", "2027.12.03-2028.12.02");
        assertThat(lost.card().parameters().get("validity")).isEqualTo(recordValidity(id));
    }

    @Test
    void theRenderedCardShowsTheRecordsDates() {
        String id = approved();
        CardPrintJob job = printOn(id, LocalDate.of(2028, 2, 29), PrintSpec.first());
        issueOn(id, LocalDate.of(2028, 3, 3));
        Path pdf = pdfDir.resolve("card.pdf");

        var outcome = new JasperDocumentPrinter(new TemplateCache(null)).exportPdf(job.card(), pdf);

        assertThat(outcome.succeeded()).as(outcome.message()).isTrue();
        String text = pdfText(pdf).replaceAll("\\s+", "");
        assertThat(text).contains(recordValidity(id)).contains("2028.02.29-2029.02.27");
    }

    private static String approved() {
        String id = f.accepted();
        f.review().approve(REVIEWER, id);
        return id;
    }

    private static CardPrintJob printOn(String id, LocalDate day, PrintSpec spec) {
        f.today(day);
        CardPrintJob job = f.cardProduction().print(CLERK, id, spec);
        f.cardProduction().markPrinted(CLERK, job, printed());
        return job;
    }

    private static void issueOn(String id, LocalDate day) {
        f.today(day);
        f.cardProduction().issue(STAFF, id, Handover.holder());
    }

    /** The validity the stored record holds: its schedule's anchor to its last valid day. */
    private static String recordValidity(String id) {
        HibernateTransactions tx = (HibernateTransactions) f.ctx.transactions();
        PermitApplication a = tx.readOnly(() ->
                new HibernatePermitRepository(tx, f.queries().policy(), ZONE).find(id).orElseThrow());
        LocalDate from = a.endorsementSchedule().orElseThrow().anchor();
        LocalDate until = a.validUntil(f.queries().policy()).orElseThrow();
        return DateFormats.CARD_DATE.format(from) + "-" + DateFormats.CARD_DATE.format(until);
    }

    private static String pdfText(Path pdf) {
        try {
            Process p = new ProcessBuilder(List.of("pdftotext", "-enc", "UTF-8", pdf.toString(), "-"))
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(out).isZero();
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run pdftotext (poppler-utils installed?)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
