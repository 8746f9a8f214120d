package org.residencedesk.storage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.residencedesk.domain.permit.PermitStatus;
import org.residencedesk.port.PermitSummary;

/**
 * The stored form of one {@code PermitApplication} (ADR 0070): the full aggregate as JSON plus the
 * columns lists and reminders query. Only {@link HibernatePermitRepository} writes it; the columns are
 * recomputed from the aggregate on every save, so they cannot drift from the JSON.
 */
@Entity
@Table(name = "PERMIT_APPLICATION")
public class PermitRecord {
    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "PERSON_ID", nullable = false)
    private long personId;

    @Column(name = "REGISTRATION_ID", nullable = false)
    private long registrationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 20)
    private PermitStatus status;

    @Column(name = "STATUS_SINCE", nullable = false)
    private LocalDate statusSince;

    @Column(name = "SUBMITTED_ON", nullable = false)
    private LocalDate submittedOn;

    @Column(name = "ACCEPTANCE_NO", length = 30)
    private String acceptanceNumber;

    @Column(name = "PERMIT_NO", length = 30)
    private String permitNumber;

    @Column(name = "RESERVED_NO", length = 30)
    private String reservedNumber;

    @Column(name = "ACCEPTED_ON")
    private LocalDate acceptedOn;

    @Column(name = "PROMISED_ON")
    private LocalDate promisedOn;

    @Column(name = "APPROVED_ON")
    private LocalDate approvedOn;

    @Column(name = "PRINTED_ON")
    private LocalDate printedOn;

    @Column(name = "ISSUED_ON")
    private LocalDate issuedOn;

    @Column(name = "NEXT_ANNIVERSARY")
    private LocalDate nextAnniversary;

    @Column(name = "VALID_UNTIL")
    private LocalDate validUntil;

    @Column(name = "ENDORSEMENT_COUNT", nullable = false)
    private int endorsementCount;

    @Column(name = "CANCELLED_ON")
    private LocalDate cancelledOn;

    @Lob
    @Column(name = "STATE_JSON", nullable = false)
    private String stateJson;

    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "VERSION", nullable = false)
    private int version;

    protected PermitRecord() {
    }

    PermitRecord(String id) {
        this.id = id;
    }

    void fill(PermitSummary c, String stateJson, Instant now) {
        this.personId = c.personId();
        this.registrationId = c.registrationId();
        this.status = c.status();
        this.statusSince = c.statusSince();
        this.submittedOn = c.submittedOn();
        this.acceptanceNumber = c.acceptanceNumber();
        this.permitNumber = c.permitNumber();
        this.acceptedOn = c.acceptedOn();
        this.promisedOn = c.promisedOn();
        this.approvedOn = c.approvedOn();
        this.printedOn = c.printedOn();
        this.issuedOn = c.issuedOn();
        this.nextAnniversary = c.nextAnniversary();
        this.validUntil = c.validUntil();
        this.endorsementCount = c.endorsementCount();
        this.cancelledOn = c.cancelledOn();
        this.stateJson = stateJson;
        this.updatedAt = now;
    }

    String id() { return id; }

    long personId() { return personId; }

    String stateJson() { return stateJson; }

    String reservedNumber() { return reservedNumber; }

    void reserve(String number) {
        this.reservedNumber = number;
    }
}
