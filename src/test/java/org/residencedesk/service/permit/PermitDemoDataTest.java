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
    void everyStatusIsGeneratedAndExported() {
        List<Long> persons = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String id = IdNumbers.citizen("420106", "19800101", 2 * i + 1);
            FormValues v = RegistrationFixture.valid().toBuilder().set("idNumber", id).set("name", "演示" + (char) ('甲' + i))
                    .set("sex", "1").set("birthDate", "1980-01-01")
                    .set("arrivalDate", i == 9 ? "2026-10-01" : "2025-01-01").set("operator", "")
                    .set("registrationDate", "").set("registrationNumber", "").build();
            // registered on the arrival day: the residence months count from the registration (ADR 0170)
            CLOCK.set(LocalDate.parse(v.get("arrivalDate")).atTime(9, 0).atZone(TestClock.STATION_ZONE).toInstant());
            Registered r = ctx.registration().register(STAFF, v);
            CLOCK.set(java.time.Instant.parse("2026-11-28T01:15:00Z"));
            persons.add(ctx.registration().open(STAFF, r.registrationId()).summary().personId());
        }

        Map<PermitStatus, Integer> counts = PermitDemoData.generate(ctx.permits(), TestOperators.signIn(ctx, "zhaomin", "赵敏",
                Role.WINDOW_STAFF, Role.REVIEWER, Role.CLERK, Role.CHIEF), persons, LocalDate.of(2026, 11, 28));

        assertThat(counts.keySet()).containsExactlyInAnyOrder(PermitStatus.values());
        assertThat(counts.get(PermitStatus.ISSUED)).isEqualTo(2);
        assertThat(counts.get(PermitStatus.AWAITING_MATERIALS)).as("the recent arrival cannot go further").isEqualTo(2);
        List<Map<String, Object>> rows = new ArrayList<>();
        ctx.permitQueries().exportRows(TestOperators.signIn(ctx, "zhangzz", "张站长", Role.CHIEF), rows::add);
        assertThat(rows).hasSize(10).allSatisfy(r -> assertThat(r.get("submittedOn").toString()).isLessThanOrEqualTo("2026-11-28"));
        assertThat(rows).filteredOn(r -> r.get("status").equals("SUSPENDED")).singleElement()
                .satisfies(r -> assertThat(r.get("issuedOn")).isEqualTo("2025-10-24"));
        assertThat(ctx.transactions().readOnly(() -> ctx.outbox().pending(10_000)))
                .as("event payloads carry the replayed dates")
                .anyMatch(e -> e.type() == EventType.PERMIT_ISSUED && e.payloadJson().contains("\"issuedOn\":\"2025-10-24\""));
    }
}
