package org.residencedesk.storage;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.residencedesk.domain.permit.EndorsementSchedule;
import org.residencedesk.domain.permit.PermitAction;
import org.residencedesk.domain.permit.PermitApplication;
import org.residencedesk.domain.permit.PermitPolicy;
import org.residencedesk.domain.permit.PermitStatus;
import org.residencedesk.domain.permit.PermitTransition;
import org.residencedesk.port.PermitSummary;

/** Derives the queried columns from the aggregate (ADR 0070); pure, so it is tested without a database. */
final class PermitColumns {
    private PermitColumns() {
    }

    static PermitSummary of(PermitApplication p, long personId, PermitPolicy policy, ZoneId zone) {
        List<PermitTransition> history = p.history();
        return new PermitSummary(p.id(), personId, Long.parseLong(p.registrationId()), p.status(),
                statusSince(history, zone), p.submittedOn(), p.acceptanceNumber().orElse(null),
                p.permitNumber().orElse(null), p.acceptedOn().orElse(null), p.promisedOn().orElse(null),
                approvedOn(history, zone),
                p.prints().isEmpty() ? null : p.prints().get(p.prints().size() - 1).printedOn(),
                p.firstIssuedOn().orElse(null),
                p.endorsementSchedule().map(EndorsementSchedule::nextAnniversary).orElse(null),
                p.validUntil(policy).orElse(null), p.endorsements().size(), p.cancelledOn().orElse(null));
    }

    /** The day of the latest transition that entered the current status. */
    private static LocalDate statusSince(List<PermitTransition> history, ZoneId zone) {
        for (int i = history.size() - 1; i >= 0; i--) {
            PermitTransition t = history.get(i);
            if (t.from() != t.to()) {
                return t.at().atZone(zone).toLocalDate();
            }
        }
        throw new IllegalStateException("permit without a submission");
    }

    /** Day of the latest approving review (local or platform), or null. */
    private static LocalDate approvedOn(List<PermitTransition> history, ZoneId zone) {
        for (int i = history.size() - 1; i >= 0; i--) {
            PermitTransition t = history.get(i);
            boolean review = t.action() == PermitAction.APPROVE || t.action() == PermitAction.PLATFORM_REVIEW;
            if (review && t.to() == PermitStatus.APPROVED) {
                return t.at().atZone(zone).toLocalDate();
            }
        }
        return null;
    }
}
