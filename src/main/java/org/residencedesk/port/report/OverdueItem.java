package org.residencedesk.port.report;

import java.time.LocalDate;

/**
 * One row of a list of overdue work (超期未办结, 逾期未领): the permit, whose it is (the ID number in full here;
 * the service masks it before anything shows it), the division and the day it became due.
 */
public record OverdueItem(String permitId, String acceptanceNumber, String name, String idNumber,
                          String divisionCode, LocalDate dueOn) {
}
