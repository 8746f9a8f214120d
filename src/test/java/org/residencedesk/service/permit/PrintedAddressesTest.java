package org.residencedesk.service.permit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.domain.permit.MaterialKind;
import org.residencedesk.port.printing.PrintDocument;
import org.residencedesk.print.JasperDocumentPrinter;
import org.residencedesk.print.TemplateCache;
import org.residencedesk.service.Operator;
import org.residencedesk.testing.IdNumbers;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testing.TestStation;
import org.residencedesk.testsupport.RegistrationFixture;

/**
 * Issue 12 item 5 on the real PDFs (pdftotext): the 居住登记凭证 and the 居住证卡片 print the residence address
 * as province … township + street, number, 栋, 单元, 室 — never run together, never with the committee inside —
 * and the hukou address once even when the card's address repeats the division (ADR 0194).
 */
class PrintedAddressesTest {
    private static final Set<MaterialKind> ALL_FOR_WORK = Set.of(MaterialKind.RESIDENT_ID_CARD, MaterialKind.PHOTO,
            MaterialKind.LEASE, MaterialKind.LABOUR_CONTRACT);
    static final String RESIDENCE = "湖北省武汉市洪山区关山街道珞喻路100号3栋2单元501室";
    static final String HUKOU = "湖北省武汉市洪山区关山街道关山村十一组12号";

    @TempDir
    Path dataDir;
    @TempDir
    Path pdfDir;
    private final TestClock clock = TestClock.at("2026-03-01T01:15:00Z");
    private AppContext ctx;
    private Operator staff;

    @BeforeEach
    void open() {
        ctx = TestStation.open(dataDir, clock);
        staff = TestOperators.windowStaff(ctx);
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @Test
    void theCertificatePrintsComposedAddressesWithoutCommitteeOrRepeatedDivision() {
        long registration = register();

        PrintDocument certificate = ctx.certificates().certificate(staff, registration);

        assertThat(certificate.parameters()).containsEntry("residenceAddress", RESIDENCE)
                .containsEntry("hukouAddress", HUKOU).containsEntry("residenceCommunity", "海核社区");
        String text = squeeze(pdfText(certificate));
        assertThat(text).contains(RESIDENCE, HUKOU, "所属社区（村）海核社区")
                .doesNotContain("海核社区珞喻路", "100号32501", "湖北省武汉市洪山区湖北省");
    }

    @Test
    void thePermitCardPrintsTheSameComposedAddresses() {
        CardPrintJob job = printedCard(register(""));

        assertThat(job.card().parameters()).containsEntry("residenceAddress", RESIDENCE)
                .containsEntry("hukouAddress", HUKOU).doesNotContainKey("photo");
        Path pdf = pdf(job.card());
        String text = squeeze(run(pdf, "pdftotext", "-enc", "UTF-8"));
        assertThat(text).contains(RESIDENCE, HUKOU, "无相片").doesNotContain("海核社区", "湖北省武汉市洪山区湖北省");
        assertThat(images(pdf)).as("no photo: the box holds the placeholder text only").isEmpty();
    }

    @Test
    void thePermitCardShowsTheStoredPhotoInItsBox() throws Exception {
        byte[] png = org.residencedesk.domain.form.PhotoValueTestAccess.png();
        CardPrintJob job = printedCard(register(org.residencedesk.domain.form.PhotoValue.encode(png)));

        assertThat((byte[]) job.card().parameters().get("photo")).isEqualTo(png);
        Path pdf = pdf(job.card());
        assertThat(images(pdf)).as("pdfimages -list: one image, the 102×126 photo, on the front page")
                .singleElement().satisfies(line -> assertThat(line.subList(0, 5))
                        .containsExactly("1", "0", "image", "102", "126"));
        assertThat(squeeze(run(pdf, "pdftotext", "-enc", "UTF-8"))).doesNotContain("无相片");
    }

    /** pdfimages -list rows (page, num, type, width, height, ...) without the two header lines. */
    private static List<List<String>> images(Path pdf) {
        return run(pdf, "pdfimages", "-list").lines().skip(2).filter(l -> !l.isBlank())
                .map(l -> List.of(l.strip().split("\\s+"))).toList();
    }

    private CardPrintJob printedCard(long registration) {
        Operator reviewer = TestOperators.signIn(ctx, "liqiang", "李强", Role.REVIEWER);
        Operator clerk = TestOperators.signIn(ctx, "zhaomin", "赵敏", Role.CLERK);
        clock.set(Instant.parse("2026-11-28T01:15:00Z"));
        long person = ctx.registration().open(staff, registration).summary().personId();
        String id = ctx.permitApplications().submit(staff, person, ApplicationRequest.inPerson(null, ALL_FOR_WORK))
                .permit().id();
        ctx.permitApplications().accept(staff, id);
        ctx.permitReview().approve(reviewer, id);

        return ctx.cardProduction().print(clerk, id, PrintSpec.first());
    }

    /** A citizen of 洪山区 whose card address repeats the division; renting at 珞喻路 100, 3-2-501. */
    private long register() {
        return register("");
    }

    private long register(String photo) {
        FormValues values = RegistrationFixture.valid().toBuilder()
                .set("idNumber", IdNumbers.citizen("420111", "19900315", 3)).set("name", "申请人甲")
                .set("sex", "1").set("birthDate", "1990-03-15").set("arrivalDate", "2026-03-01")
                .set("hukouDivision", "420111").set("hukouAddress", HUKOU)
                .set("residenceDivision", "420111002003").set("street", "珞喻路").set("houseNumber", "100")
                .set("building", "3").set("unit", "2").set("room", "501").set("photo", photo)
                .set("operator", "").set("registrationDate", "").set("registrationNumber", "").build();
        return ctx.registration().register(staff, values).registrationId();
    }

    static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }

    String pdfText(PrintDocument document) {
        return run(pdf(document), "pdftotext", "-enc", "UTF-8");
    }

    Path pdf(PrintDocument document) {
        Path pdf = pdfDir.resolve(document.type().name() + "-" + System.nanoTime() + ".pdf");
        var outcome = new JasperDocumentPrinter(new TemplateCache(null)).exportPdf(document, pdf);
        assertThat(outcome.succeeded()).as(outcome.message()).isTrue();
        return pdf;
    }

    static String run(Path pdf, String... command) {
        List<String> args = new java.util.ArrayList<>(List.of(command));
        args.add(pdf.toString());
        if (command[0].equals("pdftotext")) args.add("-");
        try {
            Process p = new ProcessBuilder(args).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(out).isZero();
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run " + command[0] + " (poppler-utils installed?)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
