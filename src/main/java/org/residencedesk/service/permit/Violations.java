package org.residencedesk.service.permit;

import java.util.LinkedHashMap;
import java.util.Map;
import org.residencedesk.domain.permit.PermitFinding;
import org.residencedesk.domain.permit.PermitMessages;
import org.residencedesk.domain.permit.PermitProblem;
import org.residencedesk.domain.permit.PermitRuleViolation;
import org.residencedesk.service.PermissionDenied;
import org.residencedesk.service.ValidationFailure;

/**
 * Turns a refused domain step into what screens show: {@link PermissionDenied} for a missing role,
 * otherwise a {@link ValidationFailure} with the Chinese messages under the field they concern
 * ({@code form} when no single field is meant). Several findings on one field are joined by lines.
 */
final class Violations {
    private Violations() {
    }

    static RuntimeException toFailure(PermitRuleViolation v) {
        if (v.problem() == PermitProblem.NOT_PERMITTED_FOR_ROLE) {
            return new PermissionDenied();
        }
        Map<String, String> byField = new LinkedHashMap<>();
        for (PermitFinding f : v.findings()) {
            byField.merge(field(f.problem()), f.message(), (a, b) -> a + "\n" + b);
        }
        return new ValidationFailure(byField);
    }

    static ValidationFailure failure(String field, String key, Object... args) {
        return new ValidationFailure(Map.of(field, PermitMessages.text(key, args)));
    }

    /** The input field a problem is about; screens put the message beside it. */
    static String field(PermitProblem p) {
        return switch (p) {
            case MATERIALS_INCOMPLETE -> "materials";
            case BASIS_MISSING, BASIS_EVIDENCE_MISSING -> "basis";
            case MINOR_NEEDS_REPRESENTATIVE, REPRESENTATIVE_NOT_ALLOWED -> "representation";
            case REJECTION_REASON_MISSING, REPRINT_REASON_MISSING, CANCELLATION_NEEDS_CHIEF -> "reason";
            case REPRINT_NOT_AUTHORISED -> "authorisedBy";
            case HANDOVER_MISSING -> "handover";
            case OLD_CARD_NOT_RETURNED -> "oldCardReturned";
            case CANCELLATION_NOTE_MISSING -> "note";
            case PERMIT_NUMBER_INVALID -> "permitNumber";
            default -> "form";
        };
    }
}
