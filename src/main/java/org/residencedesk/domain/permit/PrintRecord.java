package org.residencedesk.domain.permit;

import java.time.LocalDate;

/** A card that was printed. {@code authorisedBy}/{@code reason} are set for reprints only. */
public record PrintRecord(PrintType type, PrintCycleCause cycle, String permitNumber, LocalDate printedOn,
                          String printedBy, String reason, String authorisedBy) {
}
