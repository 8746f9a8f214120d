package org.residencedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.CommandLines.Run;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.domain.permit.CancellationReason;
import org.residencedesk.domain.permit.Handover;
import org.residencedesk.domain.permit.MaterialKind;
import org.residencedesk.port.printing.DocumentType;
import org.residencedesk.port.printing.ExportOutcome;
import org.residencedesk.port.printing.PrintDocument;
import org.residencedesk.port.printing.PrintOutcome;
import org.residencedesk.port.printing.PrintStatus;
import org.residencedesk.service.Operator;
import org.residencedesk.service.StationSetup;
import org.residencedesk.service.permit.ApplicationRequest;
import org.residencedesk.service.permit.CardPrintJob;
import org.residencedesk.service.permit.PrintSpec;
import org.residencedesk.service.registration.Registered;
import org.residencedesk.service.verification.ProofVerdict;
import org.residencedesk.testing.IdNumbers;
import org.residencedesk.testing.PasswordFiles;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestMasterData;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testsupport.RegistrationFixture;

/**
 * {@code verify} through the real command tree (issue 14 item 5): the JSON and exit code for every permit status,
 * a wrong name answered as not found, and the 居住证明 printed to PDF whose code the command verifies while a
 * forged or altered code is refused. Permits are driven through the real stage services beforehand.
 */
class VerifyCommandLineTest {
    static final TestClock CLOCK = TestClock.at("2026-11-28T01:15:00Z");
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dataDir;
    @TempDir
    static Path files;
    static Path staffPassword;
    static String valid;
    static String cancelled;
    static String printedOnly;
    static String proofCode;
    static String proofText;
    static String alteredProofCode;

    @BeforeAll
    static void setUp() throws Exception {
        org.residencedesk.testing.StationTemplate.seed(dataDir, dataDir.resolveSibling(dataDir.getFileName() + "-keys")); // a copy of the migrated template (ADR 0361)
        try (AppContext ctx = AppContext.openForTests(dataDir, dataDir.resolveSibling(dataDir.getFileName() + "-keys"),
                TestMasterData.shared(), CLOCK)) {
            ctx.stationSetup().setUp(new StationSetup("420111002001", "关山街道流动人口服务站", "420111002",
                    "武汉市公安局洪山分局", "admin", "站长", "Station#2026".toCharArray(), "Station#2026".toCharArray()));
            Operator staff = TestOperators.signIn(ctx, "wangfang", "王芳", Role.WINDOW_STAFF);
            Operator reviewer = TestOperators.signIn(ctx, "liqiang", "李强", Role.REVIEWER);
            Operator clerk = TestOperators.signIn(ctx, "zhaomin", "赵敏", Role.CLERK);
            valid = ctx.permitQueries().summary(staff, issued(ctx, staff, reviewer, clerk, 1, "张伟", true)).permitNumber();
            String toCancel = issued(ctx, staff, reviewer, clerk, 2, "刘洋", true);
            ctx.permitLifecycle().cancel(staff, toCancel, CancellationReason.MOVED_AWAY, "迁往外地");
            cancelled = ctx.permitQueries().summary(staff, toCancel).permitNumber();
            printedOnly = ctx.permitQueries().summary(staff, issued(ctx, staff, reviewer, clerk, 3, "陈静", false))
                    .permitNumber();

            long registration = ctx.registration().activeRegistrationOf(staff, IdNumbers.citizen("420106", "19900315", 1))
                    .orElseThrow().registrationId();
            PrintDocument proof = ctx.verification().residenceProof(staff, registration);
            assertThat(proof.type()).isEqualTo(DocumentType.RESIDENCE_PROOF);
            proofCode = (String) proof.parameters().get("verificationCode");
            Path pdf = files.resolve("proof.pdf");
            ExportOutcome outcome = ctx.printer().exportPdf(proof, pdf);
            assertThat(outcome.succeeded()).as(outcome.message()).isTrue();
            proofText = pdfText(pdf).replaceAll("\\s+", "");
            alteredProofCode = (String) ctx.verification().residenceProof(staff, registration).parameters()
                    .get("verificationCode");
        }
        staffPassword = PasswordFiles.write(files, "staff.txt", TestOperators.PASSWORD);
    }

    /** Registers person {@code n} on 2026-03-01, applies and — when {@code handOver} — issues on 2026-11-28; the permit id. */
    private static String issued(AppContext ctx, Operator staff, Operator reviewer, Operator clerk, int n, String name,
                                 boolean handOver) {
        CLOCK.set(LocalDate.of(2026, 3, 1).atTime(9, 30).atZone(TestClock.STATION_ZONE).toInstant());
        String id = IdNumbers.citizen("420106", "19900315", n);
        FormValues values = RegistrationFixture.valid().toBuilder().set("idNumber", id).set("name", name)
                .set("sex", n % 2 == 1 ? "1" : "2").set("birthDate", "1990-03-15").set("arrivalDate", "2026-03-01")
                .set("operator", "").set("registrationDate", "").set("registrationNumber", "").build();
        Registered r = ctx.registration().register(staff, values);
        CLOCK.set(java.time.Instant.parse("2026-11-28T01:15:00Z"));
        long person = ctx.registration().open(staff, r.registrationId()).summary().personId();
        String permit = ctx.permitApplications().submit(staff, person, ApplicationRequest.inPerson(null,
                Set.of(MaterialKind.RESIDENT_ID_CARD, MaterialKind.PHOTO, MaterialKind.LEASE,
                        MaterialKind.LABOUR_CONTRACT))).permit().id();
        ctx.permitApplications().accept(staff, permit);
        ctx.permitReview().approve(reviewer, permit);
        CardPrintJob job = ctx.cardProduction().print(clerk, permit, PrintSpec.first());
        ctx.cardProduction().markPrinted(clerk, job, new PrintOutcome(DocumentType.PERMIT_CARD, "CardPrinter", 2, 1,
                PrintStatus.PRINTED, "已打印"));
        if (handOver) {
            ctx.cardProduction().issue(staff, permit, Handover.holder());
        }
        return permit;
    }

    static Run verify(java.time.Clock clock, String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("verify"));
        all.addAll(List.of(args));
        all.addAll(List.of("--operator", "wangfang", "--password-file", staffPassword.toString()));
        return CommandLines.run(dataDir, clock, all.toArray(String[]::new));
    }

    @Test
    void aValidPermitAnswersItsValidityAndNothingPersonal() throws Exception {
        Run run = verify(CLOCK, "--permit-number", valid, "--name", "张伟");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = JSON.readTree(run.out());
        assertThat(json.get("status").asText()).isEqualTo("VALID");
        assertThat(json.get("message").asText()).isEqualTo("有效");
        assertThat(json.get("permitNumber").asText()).isEqualTo(valid);
        assertThat(json.get("validFrom").asText()).isEqualTo("2026-11-28");
        assertThat(json.get("validUntil").asText()).isEqualTo("2027-11-27");
        assertThat(json.get("lastEndorsement").isNull()).isTrue();
        assertThat(fieldNames(json)).containsExactly("status", "message", "permitNumber", "validFrom", "validUntil",
                "lastEndorsement");
        assertThat(run.out()).doesNotContain("张伟").doesNotContain("420106");
    }

    @Test
    void aLapsedPermitIsSuspended() throws Exception {
        Run run = verify(TestClock.at("2027-12-10T01:15:00Z"), "--permit-number", valid, "--name", "张伟");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        JsonNode json = JSON.readTree(run.out());
        assertThat(json.get("status").asText()).isEqualTo("SUSPENDED");
        assertThat(json.get("validUntil").asText()).isEqualTo("2027-11-27");
    }

    @Test
    void aCancelledPermitSaysSo() throws Exception {
        Run run = verify(CLOCK, "--permit-number", cancelled, "--name", "刘洋");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(JSON.readTree(run.out()).get("status").asText()).isEqualTo("CANCELLED");
        assertThat(JSON.readTree(run.out()).get("message").asText()).isEqualTo("已注销");
    }

    @Test
    void aWrongNameAnUnknownNumberAndACardNotYetHandedOverAreNotFound() throws Exception {
        for (String[] q : List.of(new String[] {valid, "张三"}, new String[] {"420111002001-2026-9999999", "张伟"},
                new String[] {printedOnly, "陈静"})) {
            Run run = verify(CLOCK, "--permit-number", q[0], "--name", q[1]);
            assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
            JsonNode json = JSON.readTree(run.out());
            assertThat(json.get("status").asText()).isEqualTo("NOT_FOUND");
            assertThat(fieldNames(json)).containsExactly("status", "message", "permitNumber");
        }
    }

    @Test
    void theProofIsPrintedWithItsCodeAndTheCodeIsVerified() throws Exception {
        assertThat(proofText).contains("居住证明", "张伟", IdNumbers.citizen("420106", "19900315", 1),
                "核验码：" + proofCode, "2026年3月1日");
        assertThat(proofCode).matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}");

        Run run = verify(CLOCK, "--code", proofCode.toLowerCase(java.util.Locale.ROOT).replace("-", " "));
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = JSON.readTree(run.out());
        assertThat(json.get("status").asText()).isEqualTo("GENUINE");
        assertThat(json.get("name").asText()).isEqualTo("张伟");
        assertThat(json.get("idNumber").asText()).isEqualTo("420106********" + IdNumbers.citizen("420106", "19900315", 1).substring(14));
        assertThat(json.get("residentSince").asText()).isEqualTo("2026-03-01");
        assertThat(json.get("issuedOn").asText()).isEqualTo("2026-11-28");
        assertThat(json.get("stillRegistered").asBoolean()).isTrue();
    }

    @Test
    void aForgedOrAlteredCodeIsRefused() throws Exception {
        String plain = proofCode.replace("-", "");
        // one character changed: the check character catches it
        char swapped = plain.charAt(3) == 'A' ? 'B' : 'A';
        Run altered = verify(CLOCK, "--code", plain.substring(0, 3) + swapped + plain.substring(4));
        assertThat(altered.exitCode()).isEqualTo(1);
        assertThat(JSON.readTree(altered.out()).get("status").asText()).isEqualTo("MALFORMED");
        // a made-up code with a correct check character: well-formed, but this station never printed it
        String body = "0123456789ABCDE";
        Run forged = verify(CLOCK, "--code", body + org.residencedesk.service.verification.ProofCode.check(body));
        assertThat(forged.exitCode()).isEqualTo(1);
        JsonNode json = JSON.readTree(forged.out());
        assertThat(json.get("status").asText()).isEqualTo(ProofVerdict.Status.NOT_FOUND.name());
        assertThat(fieldNames(json)).containsExactly("status", "message");
    }

    @Test
    void aProofWhoseStoredContentWasAlteredIsNoLongerGenuine() throws Exception {
        try (AppContext ctx = AppContext.openForTests(dataDir, dataDir.resolveSibling(dataDir.getFileName() + "-keys"),
                TestMasterData.shared(), CLOCK); var c = ctx.database().openConnection();
             var update = c.prepareStatement("UPDATE RESIDENCE_PROOF SET ADDRESS_TEXT = ? WHERE CODE = ?")) {
            update.setString(1, "湖北省武汉市洪山区关山街道别处1号");
            update.setString(2, alteredProofCode.replace("-", ""));
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
        Run run = verify(CLOCK, "--code", alteredProofCode);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(JSON.readTree(run.out()).get("status").asText()).isEqualTo("NOT_FOUND");
        assertThat(run.out()).doesNotContain("别处");
    }

    @Test
    void oneQuestionAtATime() {
        Run both = verify(CLOCK, "--permit-number", valid, "--name", "张伟", "--code", proofCode);
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("请给出 --permit-number 和 --name，或只给出 --code");
        assertThat(both.out()).isEmpty();
        Run nameOnly = verify(CLOCK, "--name", "张伟");
        assertThat(nameOnly.exitCode()).isEqualTo(2);
    }

    private static List<String> fieldNames(JsonNode json) {
        List<String> names = new java.util.ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String pdfText(Path pdf) throws Exception {
        Process p = new ProcessBuilder(List.of("pdftotext", "-enc", "UTF-8", pdf.toString(), "-"))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }
}
