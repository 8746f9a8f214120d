package org.residencedesk.domain.collection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * 采集队列中的一行: a row collected outside the window (a landlord's, employer's or grid worker's spreadsheet, or
 * typed by a grid worker) that waits until window staff check the identity and confirm it into a record, or
 * discard it with a reason. The row's values stay as form JSON; {@code identity} is the key that makes a second
 * import of the same row a duplicate (docs/decisions/0232).
 */
@Entity
@Table(name = "COLLECTED_ROW")
public class CollectedRow {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 16)
    private RecordKind kind;

    @Column(name = "IDENTITY_KEY", nullable = false, length = 100)
    private String identity;

    /** The person's (or house's, employer's) identifying number, shown masked in lists. */
    @Column(name = "ID_NUMBER", length = 40)
    private String idNumber;

    @Column(name = "TITLE", nullable = false, length = 100)
    private String title;

    @Lob
    @Column(name = "FORM_JSON", nullable = false)
    private String formJson;

    @Column(name = "SOURCE_FILE", length = 255)
    private String sourceFile;

    @Column(name = "SOURCE_ROW")
    private Integer sourceRow;

    @Enumerated(EnumType.STRING)
    @Column(name = "COLLECTOR", nullable = false, length = 16)
    private CollectorKind collector;

    @Column(name = "COLLECTED_BY", nullable = false, length = 32)
    private String collectedBy;

    @Column(name = "COLLECTED_AT", nullable = false)
    private Instant collectedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 16)
    private CollectionStatus status;

    @Column(name = "NOTE", length = 200)
    private String note;

    @Column(name = "DECIDED_BY", length = 32)
    private String decidedBy;

    @Column(name = "DECIDED_AT")
    private Instant decidedAt;

    /** The number of the record the row became (a registration number). */
    @Column(name = "RECORD_NUMBER", length = 40)
    private String recordNumber;

    @Version
    @Column(name = "VERSION", nullable = false)
    private int version;

    protected CollectedRow() {
    }

    public CollectedRow(RecordKind kind, String identity, String idNumber, String title, String formJson,
                        String sourceFile, Integer sourceRow, CollectorKind collector, String collectedBy,
                        Instant collectedAt) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.identity = Objects.requireNonNull(identity, "identity");
        this.idNumber = idNumber;
        this.title = Objects.requireNonNull(title, "title");
        this.formJson = Objects.requireNonNull(formJson, "formJson");
        this.sourceFile = sourceFile;
        this.sourceRow = sourceRow;
        this.collector = Objects.requireNonNull(collector, "collector");
        this.collectedBy = Objects.requireNonNull(collectedBy, "collectedBy");
        this.collectedAt = Objects.requireNonNull(collectedAt, "collectedAt");
        this.status = CollectionStatus.WAITING;
    }

    /** The row became the record {@code number}; {@code note} says how the identity was checked. */
    public void confirm(String number, String by, String how, Instant at) {
        requireWaiting();
        this.status = CollectionStatus.CONFIRMED;
        this.recordNumber = number;
        this.decidedBy = by;
        this.note = how;
        this.decidedAt = at;
    }

    public void discard(String reason, String by, Instant at) {
        requireWaiting();
        this.status = CollectionStatus.DISCARDED;
        this.note = reason;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    private void requireWaiting() {
        if (status != CollectionStatus.WAITING) {
            throw new IllegalStateException("collected row " + id + " is " + status);
        }
    }

    public Long id() { return id; }

    public RecordKind kind() { return kind; }

    public String identity() { return identity; }

    public String idNumber() { return idNumber; }

    public String title() { return title; }

    public String formJson() { return formJson; }

    public String sourceFile() { return sourceFile; }

    public Integer sourceRow() { return sourceRow; }

    public CollectorKind collector() { return collector; }

    public String collectedBy() { return collectedBy; }

    public Instant collectedAt() { return collectedAt; }

    public CollectionStatus status() { return status; }

    public String note() { return note; }

    public String decidedBy() { return decidedBy; }

    public Instant decidedAt() { return decidedAt; }

    public String recordNumber() { return recordNumber; }

    public int version() { return version; }
}
