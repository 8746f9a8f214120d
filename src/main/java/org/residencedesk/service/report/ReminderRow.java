package org.residencedesk.service.report;

import java.time.LocalDate;

/**
 * One person to remind as lists show it: the ID number masked, the village's name; {@code hasMobile} tells whether
 * the SMS export can reach them (the number itself is only in the audited export).
 */
public record ReminderRow(String permitId, String name, String maskedIdNumber, String village, String address,
                          LocalDate day, boolean hasMobile) {
}
