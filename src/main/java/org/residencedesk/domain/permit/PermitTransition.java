package org.residencedesk.domain.permit;

import java.time.Instant;

/**
 * One history entry: who did what when, from which status to which (equal for steps that keep the
 * status, such as endorsing on time). {@code from} is null for the submission.
 *
 * @param note the rejection/reprint/cancellation reason entered by staff, or null
 */
public record PermitTransition(String actorLogin, Instant at, PermitAction action, PermitStatus from,
                               PermitStatus to, String note) {
}
