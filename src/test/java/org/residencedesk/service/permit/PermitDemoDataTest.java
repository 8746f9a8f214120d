package org.residencedesk.service.permit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.domain.identity.IdNumberParser;
import org.residencedesk.domain.permit.Handover;
import org.residencedesk.domain.outbox.EventType;
import org.residencedesk.domain.permit.PermitStatus;
import org.residencedesk.service.Operator;
import org.residencedesk.service.registration.Registered;
import org.residencedesk.testing.IdNumbers;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testsupport.RegistrationFixture;

/** Demo permits reach every status through the real service, and the export sees them. */
class PermitDemoDataTest {
    static final TestClock CLOCK = TestClock.at("2026-11-28T01:15:00Z");
    static Operator STAFF;

    @TempDir
    static Path dataDir;
    static AppContext ctx;

    @BeforeAll
    static void open() {
        ctx = org.residencedesk.testing.TestStation.open(dataDir, CLOCK);
        STAFF = TestOperators.signIn(ctx, "wangfang", "王芳", Role.WINDOW_STAFF);
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    @Test
    void everyStatusIsGeneratedAndExportedAndTheRecentArrivalIsNotOffered() {
        List<PermitDemoData.Applicant> applicants = new ArrayList<>();
        List<Long> persons = new ArrayList<>();
        for (int i = 0; i < 17; i++) {
            String id = IdNumbers.citizen("420106", "19800101", 2 * i + 1);
            // registered on the arrival day: the residence months count from the registration (ADR 0170)
            String arrival = i == 16 ? "2026-10-01" : "2023-06-01";
            FormValues v = RegistrationFixture.valid().toBuilder().set("idNumber", id).set("name", "演示" + (char) ('甲' + i))
                    .set("sex", "1").set("birthDate", "1980-01-01")
                    .set("arrivalDate", arrival).set("operator", "")
                    .set("registrationDate", "").set("registrationNumber", "").build();
            CLOCK.set(LocalDate.parse(arrival).atTime(9, 0).atZone(TestClock.STATION_ZONE).toInstant());
            Registered r = ctx.registration().register(STAFF, v);
            CLOCK.set(java.time.Instant.parse("2026-11-28T01:15:00Z"));
            long person = ctx.registration().open(STAFF, r.registrationId()).summary().personId();
            persons.add(person);
            applicants.add(new PermitDemoData.Applicant(person, LocalDate.parse(arrival)));
        }
        Handover collector = Handover.collector("钱多多", new IdNumberParser(CLOCK, c -> true)
                .check(IdNumbers.citizen("420106", "19750101", 801)).idNumber().orElseThrow(), "配偶");
        List<PermitDemoData.PrintedCard> cards = new ArrayList<>();

        Map<PermitStatus, Integer> counts = PermitDemoData.generate(ctx.permits(), TestOperators.signIn(ctx, "zhaomin", "赵敏",
                Role.WINDOW_STAFF, Role.REVIEWER, Role.CLERK, Role.CHIEF), applicants, 17,
                new PermitDemoData.Settings(LocalDate.of(2026, 11, 28), 3, List.of(collector), "父母", cards::add));

        assertThat(counts.keySet()).containsExactlyInAnyOrder(PermitStatus.values());
        assertThat(counts.values().stream().mapToInt(Integer::intValue).sum())
                .as("sixteen stories; the arrival of October is not eligible yet and gets none").isEqualTo(16);
        assertThat(ctx.permitQueries().permitsOfPerson(STAFF, persons.get(16))).isEmpty();
        List<Map<String, Object>> rows = new ArrayList<>();
        ctx.permitQueries().exportRows(TestOperators.signIn(ctx, "zhangzz", "张站长", Role.CHIEF), rows::add);
        assertThat(rows).hasSize(16).allSatisfy(r -> assertThat(r.get("submittedOn").toString())
                .isBetween("2023-12-01", "2026-11-28"));
        assertThat(cards).as("every card the run printed was heard").hasSizeGreaterThanOrEqualTo(12)
                .allSatisfy(c -> assertThat(c.card().parameters().get("issuingAuthority")).isEqualTo(
                        ctx.stationSetup().station().orElseThrow().issuingAuthority().orElseThrow()));
        String issuedOn = rows.stream().filter(r -> r.get("status").equals("SUSPENDED")).findFirst()
                .map(r -> r.get("issuedOn").toString()).orElseThrow();
        assertThat(ctx.transactions().readOnly(() -> ctx.outbox().pending(10_000)))
                .as("event payloads carry the replayed dates")
                .anyMatch(e -> e.type() == EventType.PERMIT_ISSUED && e.payloadJson().contains("\"issuedOn\":\"" + issuedOn + "\""));
    }
}
