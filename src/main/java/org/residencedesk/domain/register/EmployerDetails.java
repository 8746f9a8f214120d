package org.residencedesk.domain.register;

/**
 * What describes an employer, validated and normalised by the register service (the credit code never changes).
 *
 * @param addressText division full name + the detailed address, as one line
 */
public record EmployerDetails(String name, String nameInitials, String divisionCode, String addressDetail,
                              String addressText, String contactName, String contactPhone, String industry) {
}
