package org.residencedesk.port;

import java.time.LocalDate;
import org.residencedesk.domain.permit.PermitStatus;

/**
 * One permit as lists, queues and reminders show it: the indexed columns of the stored record, read
 * without opening the full aggregate. Dates are null where the step has not happened.
 *
 * @param statusSince     day the current status was entered (queue order, waiting time)
 * @param nextAnniversary next unendorsed anniversary: the permit lapses on this day; the last day to
 *                        endorse is the day before
 */
public record PermitSummary(String id, long personId, long registrationId, PermitStatus status,
                            LocalDate statusSince, LocalDate submittedOn, String acceptanceNumber,
                            String permitNumber, LocalDate acceptedOn, LocalDate promisedOn, LocalDate approvedOn,
                            LocalDate printedOn, LocalDate issuedOn, LocalDate nextAnniversary,
                            LocalDate validUntil, int endorsementCount, LocalDate cancelledOn) {
}
