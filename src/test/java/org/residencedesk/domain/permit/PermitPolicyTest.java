package org.residencedesk.domain.permit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PermitPolicyTest {
    private final PermitPolicy hubei = PermitPolicy.hubeiDefaults();

    @Test
    void hubeiDefaults() {
        assertThat(hubei.requiredResidenceMonths()).isEqualTo(6);
        assertThat(hubei.schoolEnrolmentCountsAsResidence()).isTrue();
        assertThat(hubei.socialInsuranceCountsAsResidence()).isTrue();
        assertThat(hubei.promisedIssuingDays()).isEqualTo(15);
        assertThat(hubei.promisedDaysAreWorkingDays()).isFalse();
        assertThat(hubei.validityYears()).isEqualTo(1);
        assertThat(hubei.feeFen(FeeKind.REPLACEMENT)).isEqualTo(2000);
        assertThat(hubei.feeFen(FeeKind.REISSUE)).isEqualTo(2000);
        assertThat(hubei.overdueCollectionDays()).isEqualTo(30);
        assertThat(hubei.reminderHorizonDays()).isEqualTo(30);
        assertThat(hubei.permitNumberFormat()).isEqualTo(PermitNumberFormat.STATION_YEAR_SERIAL);
    }

    @Test
    void calendarDaysCountFromTheDayAfterAcceptanceAndIgnoreWeekends() {
        // accepted Friday 2026-03-06: 15 calendar days later is Saturday 2026-03-21
        assertThat(hubei.promisedDate(LocalDate.of(2026, 3, 6))).isEqualTo(LocalDate.of(2026, 3, 21));
    }

    @Test
    void workingDaysSkipWeekends() {
        PermitPolicy wd = hubei.withPromisedDays(15, true, WorkingDayCalendar.weekendsOnly());
        // Friday 2026-03-06 + 15 working days = Friday 2026-03-27
        assertThat(wd.promisedDate(LocalDate.of(2026, 3, 6))).isEqualTo(LocalDate.of(2026, 3, 27));
        PermitPolicy one = hubei.withPromisedDays(1, true, WorkingDayCalendar.weekendsOnly());
        assertThat(one.promisedDate(LocalDate.of(2026, 3, 6))).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(one.promisedDate(LocalDate.of(2026, 3, 7))).isEqualTo(LocalDate.of(2026, 3, 9)); // accepted on a Saturday
    }

    @Test
    void holidaysAndMakeUpDaysAreHonoured() {
        // Spring Festival style: Mon 02-16 .. Fri 02-20 off, Sat 02-14 worked.
        WorkingDayCalendar cal = new ConfiguredWorkingDayCalendar(
                Set.of(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 18),
                        LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 20)),
                Set.of(LocalDate.of(2026, 2, 14)));
        assertThat(cal.isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue();
        assertThat(cal.isWorkingDay(LocalDate.of(2026, 2, 15))).isFalse();
        assertThat(cal.isWorkingDay(LocalDate.of(2026, 2, 18))).isFalse();
        PermitPolicy wd = hubei.withPromisedDays(2, true, cal);
        // accepted Fri 02-13: 02-14 (make-up Saturday) is day 1, next working day Mon 02-23 is day 2
        assertThat(wd.promisedDate(LocalDate.of(2026, 2, 13))).isEqualTo(LocalDate.of(2026, 2, 23));
        assertThatThrownBy(() -> new ConfiguredWorkingDayCalendar(Set.of(LocalDate.of(2026, 2, 14)),
                Set.of(LocalDate.of(2026, 2, 14)))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void brokenCalendarFailsInsteadOfLoopingForever() {
        WorkingDayCalendar never = d -> false;
        assertThatThrownBy(() -> never.plusWorkingDays(LocalDate.of(2026, 1, 1), 3)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void issuingDaysAreCappedAt30() {
        assertThat(hubei.withPromisedDays(30, false, WorkingDayCalendar.weekendsOnly()).promisedIssuingDays()).isEqualTo(30);
        assertThatThrownBy(() -> hubei.withPromisedDays(31, false, WorkingDayCalendar.weekendsOnly()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("promisedIssuingDays");
        assertThatThrownBy(() -> hubei.withPromisedDays(0, false, WorkingDayCalendar.weekendsOnly()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void expiryIsIssuePlusYearsMinusOneDay() {
        assertThat(hubei.expiryFor(LocalDate.of(2026, 3, 20))).isEqualTo(LocalDate.of(2027, 3, 19));
        assertThat(hubei.expiryFor(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2025, 2, 27));
        assertThat(hubei.withValidityYears(5).expiryFor(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2029, 2, 27));
        assertThat(hubei.withValidityYears(4).expiryFor(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2028, 2, 28));
    }

    @Test
    void residenceRequirementMonthArithmetic() {
        assertThat(hubei.residenceRequirementMetOn(LocalDate.of(2026, 8, 31))).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(hubei.residenceRequirementMetOn(LocalDate.of(2027, 8, 31))).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(hubei.residenceRequirementMetOn(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2024, 8, 29));
    }

    @Test
    void negativeFeesAreRefused() {
        assertThatThrownBy(() -> new PermitPolicy(6, true, true, 15, false, WorkingDayCalendar.weekendsOnly(), 1, -1, 0,
                30, 30, PermitNumberFormat.STATION_YEAR_SERIAL, PermitNumberFormat.STATION_YEAR_SERIAL)).isInstanceOf(IllegalArgumentException.class);
    }
}
