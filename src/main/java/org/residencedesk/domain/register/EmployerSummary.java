package org.residencedesk.domain.register;

/** One row of an employer list. @param employeesNow active registrations naming this employer */
public record EmployerSummary(long id, String creditCode, String name, String addressText, String contactName,
                              String contactPhone, String industry, long employeesNow) {
}
