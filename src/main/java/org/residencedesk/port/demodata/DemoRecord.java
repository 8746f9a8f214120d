package org.residencedesk.port.demodata;

import java.time.Instant;
import java.time.LocalDate;
import org.residencedesk.domain.registration.MoveOutReason;
import org.residencedesk.domain.registration.RegistrationStatus;

/**
 * One synthetic person with one registration and its history, as the columns the product's own
 * services would have written (see RegistrationService): the registration's FORM_JSON is the state
 * after the last change; the history keeps the form before each step. A plain carrier between the demo
 * data generator (service) and the bulk writer (storage): filled once, then only read.
 */
public final class DemoRecord {
    // person
    public String idNumber;
    public String idType;
    public String name;
    public String nameInitials;
    public String sex;
    public LocalDate birthDate;
    public String mobile;
    public Instant personUpdatedAt;
    public int personVersion;
    // registration
    public String registrationNumber;
    public RegistrationStatus status;
    public String residenceDivision;
    public String addressText;
    public LocalDate arrivalDate;
    public LocalDate registeredOn;
    public Instant registeredAt;
    public String operator;
    public String formJson;
    public int formVersion;
    public MoveOutReason endReason;
    public LocalDate endDate;
    public Instant updatedAt;
    public int version;
    // history after CREATED (at registeredAt)
    public Instant changedAt;
    public String changedFields;
    public String jsonBeforeChange;
    public Instant cancelledAt;
}
