package org.residencedesk.domain.permit;

import java.time.LocalDate;

/** A card fee charged for 换领/补领, in fen (the amount comes from the policy at that time). */
public record FeeRecord(FeeKind kind, long amountFen, LocalDate chargedOn, String chargedBy) {
}
