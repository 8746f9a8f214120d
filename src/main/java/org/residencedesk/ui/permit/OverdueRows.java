package org.residencedesk.ui.permit;

import java.time.LocalDate;
import java.util.Optional;
import org.residencedesk.domain.permit.PermitPolicy;
import org.residencedesk.domain.permit.PermitStatus;
import org.residencedesk.port.PermitSummary;

/**
 * Which permit rows are overdue, and the words that say so (ADR 0180; never colour alone): an application past
 * its promised date (已受理 / 审核通过, not yet printed), a printed card not collected within the policy's days,
 * an endorsement lapsed (the anniversary passed without one).
 */
final class OverdueRows {
    private OverdueRows() {
    }

    /** The marker key for {@code p} as of {@code today}, or empty when the row is not overdue. */
    static Optional<String> marker(PermitSummary p, LocalDate today, PermitPolicy policy) {
        if ((p.status() == PermitStatus.ACCEPTED || p.status() == PermitStatus.APPROVED) && p.promisedOn() != null
                && today.isAfter(p.promisedOn())) {
            return Optional.of("permitui.overdue.promised");
        }
        if (p.status() == PermitStatus.PRINTED && p.printedOn() != null
                && today.isAfter(p.printedOn().plusDays(policy.overdueCollectionDays()))) {
            return Optional.of("permitui.overdue.collection");
        }
        if (p.status() == PermitStatus.SUSPENDED || (p.status() == PermitStatus.ISSUED && p.nextAnniversary() != null
                && !today.isBefore(p.nextAnniversary()))) {
            return Optional.of("permitui.overdue.endorsement");
        }
        return Optional.empty();
    }
}
