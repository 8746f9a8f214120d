package org.residencedesk.domain.permit;

import java.time.LocalDate;

/** The days, both inclusive, on which the endorsement for {@code anniversary} may be made. */
public record EndorsementWindow(LocalDate firstDay, LocalDate lastDay, LocalDate anniversary) {
    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay) && !date.isAfter(lastDay);
    }
}
