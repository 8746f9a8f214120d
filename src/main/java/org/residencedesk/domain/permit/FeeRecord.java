package org.residencedesk.domain.permit;

import java.time.LocalDate;

/** A card fee charged for 换领/补领 (regulation art. 21; first issue and endorsement are free), in fen (the amount comes from the policy at that time). */
public record FeeRecord(FeeKind kind, long amountFen, LocalDate chargedOn, String chargedBy) {
}
