package org.residencedesk.domain.outflow;

import java.time.LocalDate;

/**
 * What an outflow period says about the person elsewhere (everything that may change while it is open). Values
 * are already validated and stripped by the service; optional texts are null when empty.
 *
 * @param destinationDivision division code (any level) of the place the person lives now
 * @param reason              code of the {@code residence-reasons} table (ADR 0221)
 * @param leftBehindCount     留守 family members at home (children and elderly together), 0 when none
 */
public record OutflowDetails(String name, String nameInitials, String hukouDivision, String destinationDivision,
                             String destinationAddress, LocalDate leftOn, String reason, String employer,
                             String mobile, boolean leftBehindChildren, boolean leftBehindElderly,
                             int leftBehindCount, String leftBehindNote) {
}
