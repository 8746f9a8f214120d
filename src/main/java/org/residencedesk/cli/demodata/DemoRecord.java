package org.residencedesk.cli.demodata;

import java.time.Instant;
import java.time.LocalDate;
import org.residencedesk.domain.registration.MoveOutReason;
import org.residencedesk.domain.registration.RegistrationStatus;

/**
 * One synthetic person with one registration and its history, as the columns the product's own
 * services would have written (see RegistrationService): the registration's FORM_JSON is the state
 * after the last change; the history keeps the form before each step.
 */
final class DemoRecord {
    // person
    String idNumber;
    String idType;
    String name;
    String nameInitials;
    String sex;
    LocalDate birthDate;
    String mobile;
    Instant personUpdatedAt;
    int personVersion;
    // registration
    String registrationNumber;
    RegistrationStatus status;
    String residenceDivision;
    String addressText;
    LocalDate arrivalDate;
    LocalDate registeredOn;
    Instant registeredAt;
    String operator;
    String formJson;
    int formVersion;
    MoveOutReason endReason;
    LocalDate endDate;
    Instant updatedAt;
    int version;
    // history after CREATED (at registeredAt)
    Instant changedAt;
    String changedFields;
    String jsonBeforeChange;
    Instant cancelledAt;
}
