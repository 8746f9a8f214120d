package org.residencedesk.ui.permit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.residencedesk.domain.permit.PermitPolicy;
import org.residencedesk.domain.permit.PermitStatus;
import org.residencedesk.port.PermitSummary;

/** Which rows are overdue and what they say (ADR 0180), on the day before, of and after each limit. */
class OverdueRowsTest {
    static final PermitPolicy POLICY = PermitPolicy.hubeiDefaults();
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Test
    void anApplicationIsOverdueTheDayAfterItsPromisedDate() {
        assertThat(OverdueRows.marker(permit(PermitStatus.ACCEPTED, TODAY, null, null), TODAY, POLICY)).isEmpty();
        assertThat(OverdueRows.marker(permit(PermitStatus.APPROVED, TODAY.minusDays(1), null, null), TODAY, POLICY))
                .contains("permitui.overdue.promised");
        assertThat(OverdueRows.marker(permit(PermitStatus.REJECTED, TODAY.minusDays(9), null, null), TODAY, POLICY))
                .as("decided: no longer waiting").isEmpty();
    }

    @Test
    void aPrintedCardIsOverdueAfterThePolicysDays() {
        int days = POLICY.overdueCollectionDays();
        assertThat(OverdueRows.marker(permit(PermitStatus.PRINTED, null, TODAY.minusDays(days), null), TODAY, POLICY))
                .isEmpty();
        assertThat(OverdueRows.marker(permit(PermitStatus.PRINTED, null, TODAY.minusDays(days + 1), null), TODAY,
                POLICY)).contains("permitui.overdue.collection");
    }

    @Test
    void anEndorsementLapsesOnTheAnniversary() {
        assertThat(OverdueRows.marker(permit(PermitStatus.ISSUED, null, null, TODAY.plusDays(1)), TODAY, POLICY))
                .isEmpty();
        assertThat(OverdueRows.marker(permit(PermitStatus.ISSUED, null, null, TODAY), TODAY, POLICY))
                .contains("permitui.overdue.endorsement");
        assertThat(OverdueRows.marker(permit(PermitStatus.SUSPENDED, null, null, null), TODAY, POLICY))
                .contains("permitui.overdue.endorsement");
    }

    private static PermitSummary permit(PermitStatus status, LocalDate promised, LocalDate printed,
                                        LocalDate anniversary) {
        return new PermitSummary("p-1", 1L, 1L, status, TODAY.minusDays(30), TODAY.minusDays(40), "A-1", null,
                TODAY.minusDays(40), promised, null, printed, null, anniversary, null, 0, null);
    }
}
