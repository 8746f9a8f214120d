package org.residencedesk.domain.permit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Window and lapse rules over thirty years of anchors, leap days included. */
class EndorsementScheduleProperties {
    @Provide
    Arbitrary<LocalDate> anchors() {
        return Arbitraries.longs().between(LocalDate.of(2016, 1, 1).toEpochDay(), LocalDate.of(2045, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    @Property
    void windowIsContiguousAndFollowedByLapse(@ForAll("anchors") LocalDate anchor, @ForAll @IntRange(max = 20) int endorsed) {
        EndorsementSchedule s = new EndorsementSchedule(anchor, endorsed);
        EndorsementWindow w = s.window();
        assertThat(w.lastDay().plusDays(1)).isEqualTo(s.nextAnniversary());
        assertThat(w.firstDay()).isBetween(w.lastDay().minusDays(30), w.lastDay().minusDays(27));
        assertThat(s.isLapsedOn(w.lastDay())).isFalse();
        assertThat(s.isLapsedOn(w.lastDay().plusDays(1))).isTrue();
        assertThat(s.windowOpenOn(w.firstDay().minusDays(1))).isFalse();
        // validity with yearly endorsement ends the day before the next anniversary
        assertThat(s.validUntil(1)).isEqualTo(w.lastDay());
    }
}
