package org.residencedesk.domain.register;

import java.time.LocalDate;

/**
 * When a registrant named on a house page came and left: the registration's arrival date (来本地日期) and the day
 * it ended (moved out or re-registered elsewhere), null while it is active.
 */
public record Stay(LocalDate arrivalDate, LocalDate endDate) {
}
