package org.residencedesk.port.demodata;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.residencedesk.domain.registration.MoveOutReason;
import org.residencedesk.domain.registration.RegistrationStatus;

/**
 * One synthetic person with their registrations and history, as the columns the product's own services would
 * have written (see RegistrationService): each registration's FORM_JSON is the state after its last change; the
 * history keeps the form before each step. A person has one registration, or two when they re-registered (换地登记:
 * the first is SUPERSEDED on the day of the second) or came back after a move-out (the first is CANCELLED). A plain
 * carrier between the demo data generator (service) and the bulk writer (storage): filled once, then only read.
 */
public final class DemoRecord {
    // person (PERSON.ID_NUMBER is the normalised number, as RegistrationService stores it)
    public String idNumber;
    public String idType;
    public String name;
    public String nameInitials;
    public String sex;
    public LocalDate birthDate;
    public String mobile;
    public Instant personUpdatedAt;
    public int personVersion;
    /** Oldest first; every one but the last has ended. Never empty once made. */
    public final List<Registration> registrations = new ArrayList<>(2);

    /** The first registration's creation: when the person row was written by the counter. */
    public Instant personCreatedAt() {
        return registrations.get(0).registeredAt;
    }

    /** The current (last) registration. */
    public Registration current() {
        return registrations.get(registrations.size() - 1);
    }

    /** One RESIDENCE_REGISTRATION row and its REGISTRATION_HISTORY after CREATED (at registeredAt). */
    public static final class Registration {
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
        /** The register keys the form names (RESIDENCE_REGISTRATION.HOUSE_CODE, WORKPLACE_CREDIT_CODE), or null. */
        public String houseCode;
        public String workplaceCreditCode;
        /** 逾期登记 (ADR 0172), judged by the station's RegistrationDeadline like the service does. */
        public boolean lateRegistration;
        /** The last day of the intended stay (RESIDENCE_REGISTRATION.INTENDED_STAY_END, ADR 0327). */
        public LocalDate intendedStayEnd;
        // history
        public Instant changedAt;
        public String changedFields;
        public String jsonBeforeChange;
        /** When it ended: CANCELLED (注销) or SUPERSEDED (换地登记) per {@link #status}; null while active. */
        public Instant endedAt;
    }
}
