package org.residencedesk.port.report;

import java.time.LocalDate;

/**
 * One person to remind: the permit, the holder's name, ID number (in full here; the service masks it), mobile
 * number (may be null), residence village and address, and the day the reminder is about (the last day to endorse,
 * the day the permit lapsed, the day the card was printed).
 */
public record ReminderItem(String permitId, String name, String idNumber, String mobile, String divisionCode,
                           String address, LocalDate day) {
}
