package org.residencedesk.domain.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The residence chain on plain dates (ADR 0170; the bulk demo permits read them by JDBC, ADR 0390). */
class ContinuousResidenceTest {
    static final LocalDate CURRENT = LocalDate.of(2026, 3, 10);

    @Test
    void anEarlierRegistrationEndedNoEarlierThanTheDayBeforeJoinsTheChain() {
        assertThat(ContinuousResidence.since(CURRENT, List.of(
                new ContinuousResidence.Ended(LocalDate.of(2024, 5, 2), LocalDate.of(2026, 3, 9), 1))))
                .isEqualTo(LocalDate.of(2024, 5, 2));
    }

    @Test
    void aLongerGapStartsAnewAndBreaksTheChainBehindIt() {
        assertThat(ContinuousResidence.since(CURRENT, List.of(
                new ContinuousResidence.Ended(LocalDate.of(2023, 1, 5), LocalDate.of(2024, 5, 2), 1),
                new ContinuousResidence.Ended(LocalDate.of(2024, 5, 3), LocalDate.of(2026, 3, 7), 2))))
                .as("ended three days before the current one").isEqualTo(CURRENT);
    }

    @Test
    void aRegistrationAfterTheCurrentOneDoesNotCount() {
        assertThat(ContinuousResidence.since(CURRENT, List.of(
                new ContinuousResidence.Ended(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 1), 1))))
                .isEqualTo(CURRENT);
        assertThat(ContinuousResidence.since(CURRENT, List.of())).isEqualTo(CURRENT);
    }
}
