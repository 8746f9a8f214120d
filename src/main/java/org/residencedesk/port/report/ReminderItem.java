package org.residencedesk.port.report;

import java.time.LocalDate;

/**
 * One person to remind: the record's id (the permit's; the registration's for {@link ReminderKind#STAY_ENDED}),
 * the holder's name, ID number (in full here; the service masks it), mobile number (may be null), residence
 * village and address, the day the reminder is about (the last day to endorse, the day the permit lapsed, the day
 * the card was printed, the last day of the intended stay) and the record's number (居住证编号, or the 登记编号; may
 * be null).
 */
public record ReminderItem(String permitId, String name, String idNumber, String mobile, String divisionCode,
                           String address, LocalDate day, String number) {
}
