package org.residencedesk.service.permit;

import java.util.Optional;
import org.residencedesk.port.PermitSummary;
import org.residencedesk.port.printing.PrintDocument;

/**
 * The permit after a step, and the paper that goes with it (one-time notice, acceptance receipt,
 * rejection notice, issuance receipt, endorsement record), ready for {@code DocumentPrinter}.
 */
public record PermitStep(PermitSummary permit, Optional<PrintDocument> document) {
    static PermitStep of(PermitSummary permit) {
        return new PermitStep(permit, Optional.empty());
    }

    static PermitStep of(PermitSummary permit, PrintDocument document) {
        return new PermitStep(permit, Optional.of(document));
    }
}
