package org.residencedesk.domain.permit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EndorsementScheduleTest {
    private static final LocalDate D = LocalDate.of(2026, 3, 20);

    @Test
    void windowIsTheMonthBeforeTheAnniversary() {
        EndorsementSchedule s = new EndorsementSchedule(D, 0);
        assertThat(s.window()).isEqualTo(new EndorsementWindow(LocalDate.of(2027, 2, 20), LocalDate.of(2027, 3, 19),
                LocalDate.of(2027, 3, 20)));
        assertThat(s.windowOpenOn(LocalDate.of(2027, 2, 19))).isFalse();
        assertThat(s.windowOpenOn(LocalDate.of(2027, 2, 20))).isTrue();
        assertThat(s.windowOpenOn(LocalDate.of(2027, 3, 19))).isTrue();
        assertThat(s.windowOpenOn(LocalDate.of(2027, 3, 20))).isFalse();
        assertThat(s.isLapsedOn(LocalDate.of(2027, 3, 19))).isFalse();
        assertThat(s.isLapsedOn(LocalDate.of(2027, 3, 20))).isTrue();
    }

    @Test
    void leapDayAnchorCountsEachAnniversaryFromTheAnchor() {
        EndorsementSchedule s = new EndorsementSchedule(LocalDate.of(2024, 2, 29), 0);
        assertThat(s.anniversary(1)).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(s.anniversary(3)).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(s.anniversary(4)).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(s.window().firstDay()).isEqualTo(LocalDate.of(2025, 1, 28));
        assertThat(s.window().lastDay()).isEqualTo(LocalDate.of(2025, 2, 27));
        assertThat(s.validUntil(1)).isEqualTo(LocalDate.of(2025, 2, 27));
        assertThat(s.validUntil(5)).isEqualTo(LocalDate.of(2029, 2, 27));
    }

    @Test
    void windowFirstDayClampsAtMonthEnd() {
        EndorsementSchedule s = new EndorsementSchedule(LocalDate.of(2026, 3, 31), 0);
        assertThat(s.window().firstDay()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(s.window().lastDay()).isEqualTo(LocalDate.of(2027, 3, 30));
    }

    @Test
    void dueWithinCountsToTheLastWindowDay() {
        EndorsementSchedule s = new EndorsementSchedule(D, 0); // last day 2027-03-19
        assertThat(s.isDueWithin(LocalDate.of(2027, 2, 16), 30)).isFalse();
        assertThat(s.isDueWithin(LocalDate.of(2027, 2, 17), 30)).isTrue();
        assertThat(s.daysLeft(LocalDate.of(2027, 2, 17))).isEqualTo(30);
        assertThat(s.daysLeft(LocalDate.of(2027, 3, 19))).isZero();
        assertThat(s.isDueWithin(LocalDate.of(2027, 3, 20), 30)).isFalse();
        assertThat(s.daysLeft(LocalDate.of(2027, 3, 20))).isEqualTo(-1);
    }

    @Test
    void endorsedAndRestartedSchedules() {
        EndorsementSchedule s = new EndorsementSchedule(D, 0).endorsed();
        assertThat(s.nextAnniversary()).isEqualTo(LocalDate.of(2028, 3, 20));
        assertThat(s.validUntil(1)).isEqualTo(LocalDate.of(2028, 3, 19));
        assertThat(EndorsementSchedule.restartedOn(LocalDate.of(2027, 5, 6)).nextAnniversary())
                .isEqualTo(LocalDate.of(2028, 5, 6));
    }
}
