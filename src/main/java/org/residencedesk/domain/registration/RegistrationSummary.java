package org.residencedesk.domain.registration;

import java.time.LocalDate;

/**
 * One row of a search result list: the ID number is already masked.
 *
 * @param lateRegistration 逾期登记 (ADR 0172)
 */
public record RegistrationSummary(long registrationId, long personId, String registrationNumber, String name,
                                  String maskedIdNumber, String sex, String mobile, String addressText,
                                  RegistrationStatus status, LocalDate registeredOn, boolean lateRegistration) {
}
