package org.residencedesk.service.permit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.domain.permit.Handover;
import org.residencedesk.domain.permit.MaterialKind;
import org.residencedesk.port.printing.DocumentType;
import org.residencedesk.port.printing.PrintOutcome;
import org.residencedesk.port.printing.PrintStatus;
import org.residencedesk.print.JasperDocumentPrinter;
import org.residencedesk.print.TemplateCache;
import org.residencedesk.service.Operator;
import org.residencedesk.service.ValidationFailure;
import org.residencedesk.testing.IdNumbers;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testing.TestStation;
import org.residencedesk.testsupport.RegistrationFixture;

/**
 * 签发机关 on the card is the station's public-security authority, never its name (issue 11 item 3, ADR 0168):
 * the rendered card (pdftotext) carries the configured authority and the record's validity; a station set up
 * before the authority was asked cannot print until an administrator sets it.
 */
class IssuingAuthorityCardTest {
    private static final Set<MaterialKind> ALL_FOR_WORK = Set.of(MaterialKind.RESIDENT_ID_CARD, MaterialKind.PHOTO,
            MaterialKind.LEASE, MaterialKind.LABOUR_CONTRACT);

    @TempDir
    Path dataDir;
    @TempDir
    Path pdfDir;
    private final TestClock clock = TestClock.at("2026-11-28T01:15:00Z");
    private AppContext ctx;
    private Operator staff;
    private Operator reviewer;
    private Operator clerk;
    private Operator admin;

    @BeforeEach
    void open() {
        ctx = TestStation.open(dataDir, clock);
        staff = TestOperators.windowStaff(ctx);
        reviewer = TestOperators.signIn(ctx, "liqiang", "李强", Role.REVIEWER);
        clerk = TestOperators.signIn(ctx, "zhaomin", "赵敏", Role.CLERK);
        admin = TestOperators.signIn(ctx, "sysadmin", "系统管理员", Role.ADMIN);
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @Test
    void theRenderedCardCarriesTheConfiguredAuthorityAndTheRecordsValidity() {
        String id = approved();
        today(LocalDate.of(2026, 12, 3));
        CardPrintJob job = ctx.cardProduction().print(clerk, id, PrintSpec.first());
        ctx.cardProduction().markPrinted(clerk, job, printed());
        today(LocalDate.of(2026, 12, 8));
        ctx.cardProduction().issue(staff, id, Handover.holder());

        assertThat(job.card().parameters()).containsEntry("issuingAuthority", "武汉市公安局洪山分局")
                .containsEntry("validity", "2026.12.03-2027.12.02");
        assertThat(ctx.permitQueries().summary(staff, id).validUntil()).isEqualTo(LocalDate.of(2027, 12, 2));
        String text = pdfText(job).replaceAll("\\s+", "");
        assertThat(text).contains("武汉市公安局洪山分局", "2026.12.03-2027.12.02").doesNotContain("流动人口服务站");
    }

    @Test
    void aStationWithoutAnAuthorityCannotPrintUntilAnAdministratorSetsIt() throws SQLException {
        String id = approved();
        clearAuthorityLikeAStationSetUpBeforeIt();
        today(LocalDate.of(2026, 12, 3));

        assertThatThrownBy(() -> ctx.cardProduction().print(clerk, id, PrintSpec.first()))
                .isInstanceOfSatisfying(ValidationFailure.class, f -> assertThat(f.fieldMessages()).containsExactly(
                        Map.entry("form", "本服务站尚未设置签发机关，不能制证（卡片上不能印服务站名称）。请管理员在“系统设置 → 站点政策”中"
                                + "填写签发机关，如 武汉市公安局洪山分局")));
        assertThat(ctx.permitQueries().summary(staff, id).permitNumber()).as("no number used up").isNull();

        ctx.stationPolicy().changeIssuingAuthority(admin, "武汉市公安局东湖新技术开发区分局");
        CardPrintJob job = ctx.cardProduction().print(clerk, id, PrintSpec.first());

        assertThat(job.card().parameters()).containsEntry("issuingAuthority", "武汉市公安局东湖新技术开发区分局")
                .containsEntry("validity", "2026.12.03-2027.12.02");
        assertThat(job.request().permitNumber()).isEqualTo(TestStation.CODE + "2026" + "000001");
        assertThat(pdfText(job).replaceAll("\\s+", "")).contains("武汉市公安局东湖新技术开发区分局");
    }

    private String approved() {
        FormValues values = RegistrationFixture.valid().toBuilder()
                .set("idNumber", IdNumbers.citizen("420106", "19900315", 3)).set("name", "申请人甲")
                .set("sex", "1").set("birthDate", "1990-03-15").set("arrivalDate", "2026-03-01")
                .set("operator", "").set("registrationDate", "").set("registrationNumber", "").build();
        // registered on the arrival day: the months count from the registration (ADR 0170)
        java.time.Instant now = clock.instant();
        clock.set(java.time.Instant.parse("2026-03-01T01:15:00Z"));
        long registration;
        try {
            registration = ctx.registration().register(staff, values).registrationId();
        } finally {
            clock.set(now);
        }
        long person = ctx.registration().open(staff, registration).summary().personId();
        String id = ctx.permitApplications().submit(staff, person, ApplicationRequest.inPerson(null, ALL_FOR_WORK))
                .permit().id();
        ctx.permitApplications().accept(staff, id);
        ctx.permitReview().approve(reviewer, id);
        return id;
    }

    private void clearAuthorityLikeAStationSetUpBeforeIt() throws SQLException {
        try (Connection c = ctx.database().openConnection(); Statement st = c.createStatement()) {
            assertThat(st.executeUpdate("UPDATE STATION SET ISSUING_AUTHORITY = NULL")).isEqualTo(1);
        }
        assertThat(ctx.stationSetup().station().orElseThrow().issuingAuthority()).isEmpty();
    }

    private void today(LocalDate day) {
        clock.set(day.atTime(9, 30).atZone(TestClock.STATION_ZONE).toInstant());
    }

    private static PrintOutcome printed() {
        return new PrintOutcome(DocumentType.PERMIT_CARD, "CardPrinter", 2, 1, PrintStatus.PRINTED, "已打印");
    }

    private String pdfText(CardPrintJob job) {
        Path pdf = pdfDir.resolve("card-" + System.nanoTime() + ".pdf");
        var outcome = new JasperDocumentPrinter(new TemplateCache(null)).exportPdf(job.card(), pdf);
        assertThat(outcome.succeeded()).as(outcome.message()).isTrue();
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
