package org.residencedesk.domain.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step in a registration's life, with the form values before the step (变更历史). */
@Entity
@Table(name = "REGISTRATION_HISTORY")
public class RegistrationHistoryEntry {
    /** What happened. Stored by name. */
    public enum Kind { CREATED, CHANGED, CANCELLED, SUPERSEDED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "REGISTRATION_ID", nullable = false)
    private Long registrationId;

    @Column(name = "PERSON_ID", nullable = false)
    private Long personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 16)
    private Kind kind;

    @Column(name = "OCCURRED_AT", nullable = false)
    private Instant occurredAt;

    @Column(name = "OPERATOR", nullable = false, length = 32)
    private String operator;

    /** Field ids that changed, comma-separated; for a cancellation the reason code. */
    @Column(name = "SUMMARY", length = 1000)
    private String summary;

    @Lob
    @Column(name = "BEFORE_JSON")
    private String beforeJson;

    protected RegistrationHistoryEntry() {
    }

    public RegistrationHistoryEntry(Long registrationId, Long personId, Kind kind, Instant occurredAt,
                                    String operator, String summary, String beforeJson) {
        this.registrationId = registrationId;
        this.personId = personId;
        this.kind = kind;
        this.occurredAt = occurredAt;
        this.operator = operator;
        this.summary = summary;
        this.beforeJson = beforeJson;
    }

    public Long registrationId() { return registrationId; }

    public Long personId() { return personId; }

    public Kind kind() { return kind; }

    public Instant occurredAt() { return occurredAt; }

    public String operator() { return operator; }

    public String summary() { return summary; }

    public String beforeJson() { return beforeJson; }
}
