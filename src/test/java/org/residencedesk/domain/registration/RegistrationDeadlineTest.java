package org.residencedesk.domain.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.residencedesk.domain.policy.StationPolicy;

/** The Hubei default deadline (3 days) at its boundary, and which stays are exempt (ADR 0172). */
class RegistrationDeadlineTest {
    private final RegistrationDeadline deadline = StationPolicy.hubeiDefaults().registrationDeadline();
    private static final LocalDate ARRIVAL = LocalDate.of(2026, 2, 27);

    @Test
    void theThirdDayAfterArrivalIsOnTimeTheFourthIsLate() {
        assertThat(deadline.lastDayFor(ARRIVAL)).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(deadline.late(ARRIVAL, ARRIVAL, "01", "4")).isFalse();
        assertThat(deadline.late(ARRIVAL, LocalDate.of(2026, 3, 2), "01", "4")).isFalse();
        assertThat(deadline.late(ARRIVAL, LocalDate.of(2026, 3, 3), "01", "4")).isTrue();
    }

    @Test
    void onlyARelativesStayOfAMonthIsExempt() {
        LocalDate muchLater = LocalDate.of(2026, 4, 1);
        assertThat(deadline.late(ARRIVAL, muchLater, "10", "1")).as("探亲访友, 一个月").isFalse();
        assertThat(deadline.late(ARRIVAL, muchLater, "09", "1")).as("投靠亲友, 一个月").isFalse();
        assertThat(deadline.late(ARRIVAL, muchLater, "10", "2")).as("探亲访友, 三个月").isTrue();
        assertThat(deadline.late(ARRIVAL, muchLater, "01", "1")).as("务工, 一个月").isTrue();
        assertThat(deadline.late(ARRIVAL, muchLater, null, null)).isTrue();
    }

    @Test
    void theDaysStayWithinThePolicyRange() {
        assertThatThrownBy(() -> new RegistrationDeadline(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RegistrationDeadline(31)).isInstanceOf(IllegalArgumentException.class);
    }
}
