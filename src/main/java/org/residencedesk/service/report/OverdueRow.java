package org.residencedesk.service.report;

import java.time.LocalDate;

/**
 * A row of an overdue list: the permit (for drilling into it), the acceptance number, the name, the ID number
 * <b>masked</b>, the village/community's name and the day it fell due (promised day, or printing day).
 */
public record OverdueRow(String permitId, String acceptanceNumber, String name, String maskedIdNumber,
                         String division, LocalDate dueOn) {
}
