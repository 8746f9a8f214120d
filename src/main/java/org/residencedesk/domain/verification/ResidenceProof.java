package org.residencedesk.domain.verification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A printed 居住证明 and exactly what it certified: who (name, masked ID number), where, since when, under which
 * registration, on which day. Its verification code is an HMAC over {@link #signedText()} (ADR 0223); the row is
 * never changed after it is written.
 */
@Entity
@Table(name = "RESIDENCE_PROOF")
public class ResidenceProof {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "CODE", nullable = false, length = 20)
    private String code;

    @Column(name = "PROOF_NUMBER", nullable = false, length = 30)
    private String proofNumber;

    @Column(name = "REGISTRATION_ID", nullable = false)
    private long registrationId;

    @Column(name = "REG_NUMBER", nullable = false, length = 30)
    private String registrationNumber;

    @Column(name = "PERSON_NAME", nullable = false, length = 100)
    private String personName;

    @Column(name = "MASKED_ID", nullable = false, length = 18)
    private String maskedIdNumber;

    @Column(name = "ADDRESS_TEXT", nullable = false, length = 300)
    private String addressText;

    @Column(name = "RESIDENT_SINCE", nullable = false)
    private LocalDate residentSince;

    @Column(name = "ISSUED_ON", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "ISSUED_AT", nullable = false)
    private Instant issuedAt;

    @Column(name = "OPERATOR", nullable = false, length = 32)
    private String operator;

    protected ResidenceProof() {
    }

    public ResidenceProof(String proofNumber, long registrationId, String registrationNumber, String personName, String maskedIdNumber,
                          String addressText, LocalDate residentSince, LocalDate issuedOn, Instant issuedAt,
                          String operator) {
        this.proofNumber = proofNumber;
        this.registrationId = registrationId;
        this.registrationNumber = registrationNumber;
        this.personName = personName;
        this.maskedIdNumber = maskedIdNumber;
        this.addressText = addressText;
        this.residentSince = residentSince;
        this.issuedOn = issuedOn;
        this.issuedAt = issuedAt;
        this.operator = operator;
    }

    /** The certified content, one field per line, in a fixed order: what the code signs. */
    public String signedText() {
        return String.join("\n", "residence-proof/v1", proofNumber, registrationNumber, personName, maskedIdNumber,
                addressText, residentSince.toString(), issuedOn.toString());
    }

    /** Set once, right after the code is computed over {@link #signedText()}. */
    public void assignCode(String code) {
        if (this.code != null) {
            throw new IllegalStateException("code already assigned");
        }
        this.code = code;
    }

    public Long id() { return id; }

    public String code() { return code; }

    public String proofNumber() { return proofNumber; }

    public long registrationId() { return registrationId; }

    public String registrationNumber() { return registrationNumber; }

    public String personName() { return personName; }

    public String maskedIdNumber() { return maskedIdNumber; }

    public String addressText() { return addressText; }

    public LocalDate residentSince() { return residentSince; }

    public LocalDate issuedOn() { return issuedOn; }

    public Instant issuedAt() { return issuedAt; }

    public String operator() { return operator; }
}
