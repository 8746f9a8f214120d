package org.residencedesk.domain.permit;

/**
 * Why an application is not eligible or a step is refused. The Chinese text is in {@code i18n.permit}
 * under {@link #messageKey()}; the arguments each code takes are listed beside it.
 */
public enum PermitProblem {
    /** {0} required months, {1} the date the requirement is met. */
    RESIDENCE_TOO_SHORT,
    /** The registration (arrival) date lies after the application date. */
    RESIDENCE_START_AFTER_APPLICATION,
    BASIS_MISSING,
    /** {0} the basis. */
    BASIS_EVIDENCE_MISSING,
    /** {0} the age limit (16). */
    MINOR_NEEDS_REPRESENTATIVE,
    REPRESENTATIVE_NOT_ALLOWED,
    /** {0} the missing requirements. */
    MATERIALS_INCOMPLETE,
    /** {0} the action. */
    NOT_PERMITTED_FOR_ROLE,
    /** {0} the action, {1} the current status. */
    WRONG_STATUS,
    ACCEPTANCE_NUMBER_MISSING,
    REJECTION_REASON_MISSING,
    /** {0} number of digits expected. */
    PERMIT_NUMBER_INVALID,
    /** {0} the print type, {1} the current status. */
    PRINT_TYPE_NOT_ALLOWED,
    REPRINT_REASON_MISSING,
    REPRINT_NOT_AUTHORISED,
    HANDOVER_MISSING,
    /** {0} first day of the window, {1} the anniversary. */
    ENDORSEMENT_WINDOW_NOT_OPEN,
    OLD_CARD_NOT_RETURNED,
    CANCELLATION_NOTE_MISSING,
    /** {0} the cancellation reason. */
    CANCELLATION_NEEDS_CHIEF,
    REVIEW_BEFORE_ACCEPTANCE;

    public String messageKey() {
        return "permit.problem." + name();
    }
}
