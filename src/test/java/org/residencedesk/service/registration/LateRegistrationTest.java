package org.residencedesk.service.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.residencedesk.app.AppContext;
import org.residencedesk.domain.account.Role;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.domain.registration.RegistrationSummary;
import org.residencedesk.domain.registration.SearchKind;
import org.residencedesk.service.Operator;
import org.residencedesk.service.PermissionDenied;
import org.residencedesk.service.ValidationFailure;
import org.residencedesk.testing.IdNumbers;
import org.residencedesk.testing.TestClock;
import org.residencedesk.testing.TestOperators;
import org.residencedesk.testing.TestStation;
import org.residencedesk.testsupport.RegistrationFixture;
import org.residencedesk.ui.query.SearchViewModel;

/**
 * 逾期登记 (ADR 0172) on a real station whose policy file sets {@code registration.deadlineDays = 7}: accepted but
 * flagged at the deadline's boundary, relatives' short stays exempt, the flag follows a corrected arrival date,
 * shows in the list and is counted by registration day for reports.
 */
class LateRegistrationTest {
    @TempDir
    static Path dataDir;
    static final TestClock CLOCK = TestClock.at("2026-11-28T01:15:00Z");
    static AppContext ctx;
    static Operator staff;
    static Operator chief;
    private static int nextPerson = 1;

    @BeforeAll
    static void open() throws IOException {
        Files.writeString(dataDir.resolve("station-policy.properties"), "version = 1\nregistration.deadlineDays = 7\n");
        ctx = TestStation.open(dataDir, CLOCK);
        staff = TestOperators.signIn(ctx, "wangfang", "王芳", Role.WINDOW_STAFF);
        chief = TestOperators.signIn(ctx, "zhangzhan", "张站长", Role.CHIEF);
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    private static Registered registerOn(LocalDate day, LocalDate arrival, UnaryOperator<FormValues.Builder> more) {
        CLOCK.set(day.atTime(10, 0).atZone(TestClock.STATION_ZONE).toInstant());
        int n = nextPerson++;
        FormValues.Builder b = RegistrationFixture.valid().toBuilder()
                .set("idNumber", IdNumbers.citizen("420106", "19880808", 2 * n + 1)).set("name", "登记" + (char) ('甲' + n))
                .set("sex", "1").set("birthDate", "1988-08-08").set("arrivalDate", arrival.toString())
                .set("operator", "").set("registrationDate", "").set("registrationNumber", "");
        return ctx.registration().register(staff, more.apply(b).build());
    }

    private static RegistrationSummary row(Registered r) {
        return ctx.registration().search(staff, r.registrationNumber(), SearchKind.REGISTRATION_NUMBER, 0, 5)
                .items().get(0);
    }

    @Test
    void theSeventhDayIsOnTimeTheEighthIsLateAndRelativesShortStaysAreExempt() {
        LocalDate arrival = LocalDate.of(2026, 10, 1);
        Registered onTime = registerOn(LocalDate.of(2026, 10, 8), arrival, b -> b);
        Registered late = registerOn(LocalDate.of(2026, 10, 9), arrival, b -> b);
        assertThat(onTime.lateRegistration()).isFalse();
        assertThat(late.lateRegistration()).as("accepted, flagged").isTrue();
        assertThat(row(late).lateRegistration()).isTrue();
        assertThat(SearchViewModel.statusText(row(late))).isEqualTo("有效 · 逾期登记");
        assertThat(SearchViewModel.statusText(row(onTime))).isEqualTo("有效");

        // 探亲访友 for a month: exempt; the same visit planned for three months is not
        Registered visit = registerOn(LocalDate.of(2026, 10, 20), arrival,
                b -> b.set("residenceReason", "10").set("intendedStay", "1").set("occupation", "").set("workplaceName", ""));
        Registered longVisit = registerOn(LocalDate.of(2026, 10, 20), arrival,
                b -> b.set("residenceReason", "10").set("intendedStay", "2").set("occupation", "").set("workplaceName", ""));
        assertThat(visit.lateRegistration()).isFalse();
        assertThat(longVisit.lateRegistration()).isTrue();
    }

    @Test
    void aCorrectedArrivalDateCorrectsTheFlagAndTheRecordSaysSo() {
        Registered r = registerOn(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 2), b -> b);
        assertThat(r.lateRegistration()).isTrue();
        RegistrationDetails opened = ctx.registration().open(staff, r.registrationId());
        assertThat(opened.summary().lateRegistration()).isTrue();

        Registered corrected = ctx.registration().change(staff, r.registrationId(), opened.version(),
                opened.values().toBuilder().set("arrivalDate", "2026-11-13").build());
        assertThat(corrected.lateRegistration()).isFalse();
        assertThat(row(corrected).lateRegistration()).isFalse();
    }

    @Test
    void lateRegistrationsAreCountedByRegistrationDayForTheChief() {
        registerOn(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 1), b -> b);
        registerOn(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 3, 2), b -> b);
        registerOn(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 3, 2), b -> b);
        registerOn(LocalDate.of(2026, 3, 15), LocalDate.of(2026, 3, 14), b -> b);

        assertThat(ctx.registration().lateRegistrationCount(chief, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)))
                .isEqualTo(2);
        assertThat(ctx.registration().lateRegistrationCount(chief, LocalDate.of(2026, 3, 11), LocalDate.of(2026, 4, 1)))
                .isEqualTo(2);
        assertThatThrownBy(() -> ctx.registration().lateRegistrationCount(chief, LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 3, 1))).isInstanceOf(ValidationFailure.class)
                .satisfies(e -> assertThat(((ValidationFailure) e).fieldMessages().get("form"))
                        .isEqualTo("统计期间不对：请填写起止日期，起始日期不能晚于截止日期"));
        assertThatThrownBy(() -> ctx.registration().lateRegistrationCount(staff, LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 31))).isInstanceOf(PermissionDenied.class);
    }
}
