package org.residencedesk.domain.outflow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One 流出 period of a person whose hukou lies in the station's area: from the day they left to the day they came
 * back (or the platform said their registration elsewhere ended). At most one period per person is open; the
 * column {@code OPEN_ID_NUMBER} carries the ID number only while open, so the database enforces it too (ADR 0220).
 */
@Entity
@Table(name = "OUTFLOW_PERIOD")
public class OutflowPeriod {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ID_NUMBER", nullable = false, length = 18)
    private String idNumber;

    @Column(name = "OPEN_ID_NUMBER", length = 18)
    private String openIdNumber;

    @Column(name = "NAME", nullable = false, length = 100)
    private String name;

    @Column(name = "NAME_INITIALS", nullable = false, length = 100)
    private String nameInitials;

    @Column(name = "HUKOU_DIVISION", nullable = false, length = 12)
    private String hukouDivision;

    @Column(name = "DEST_DIVISION", nullable = false, length = 12)
    private String destinationDivision;

    @Column(name = "DEST_PROVINCE", nullable = false, length = 2)
    private String destinationProvince;

    @Column(name = "DEST_PREFECTURE", nullable = false, length = 4)
    private String destinationPrefecture;

    @Column(name = "DEST_ADDRESS", nullable = false, length = 200)
    private String destinationAddress;

    @Column(name = "LEFT_ON", nullable = false)
    private LocalDate leftOn;

    @Column(name = "REASON", nullable = false, length = 4)
    private String reason;

    @Column(name = "EMPLOYER", length = 100)
    private String employer;

    @Column(name = "MOBILE", length = 20)
    private String mobile;

    @Column(name = "LEFT_BEHIND_CHILDREN", nullable = false)
    private boolean leftBehindChildren;

    @Column(name = "LEFT_BEHIND_ELDERLY", nullable = false)
    private boolean leftBehindElderly;

    @Column(name = "LEFT_BEHIND_COUNT", nullable = false)
    private int leftBehindCount;

    @Column(name = "LEFT_BEHIND_NOTE", length = 200)
    private String leftBehindNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "REPORTER_KIND", nullable = false, length = 10)
    private ReporterKind reporterKind;

    @Column(name = "REPORTER_NAME", length = 100)
    private String reporterName;

    @Column(name = "REPORTER_RELATION", length = 4)
    private String reporterRelation;

    @Column(name = "REPORTING_STATION", length = 12)
    private String reportingStation;

    @Column(name = "RETURNED_ON")
    private LocalDate returnedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "RETURN_REASON", length = 20)
    private ReturnReason returnReason;

    @Column(name = "RETURN_NOTE", length = 200)
    private String returnNote;

    @Column(name = "OPERATOR", nullable = false, length = 32)
    private String operator;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "VERSION", nullable = false)
    private int version;

    protected OutflowPeriod() {
    }

    /**
     * A new open period. {@code reporterName}/{@code reporterRelation} only for {@link ReporterKind#RELATIVE};
     * {@code reportingStation} only for {@link ReporterKind#PLATFORM}.
     */
    public OutflowPeriod(String idNumber, OutflowDetails details, ReporterKind reporterKind, String reporterName,
                         String reporterRelation, String reportingStation, String operator, Instant now) {
        this.idNumber = Objects.requireNonNull(idNumber);
        this.openIdNumber = idNumber;
        this.reporterKind = Objects.requireNonNull(reporterKind);
        this.reporterName = reporterName;
        this.reporterRelation = reporterRelation;
        this.reportingStation = reportingStation;
        this.operator = operator;
        this.createdAt = now;
        apply(details, now);
    }

    /** Replaces what the period says (destination, employer, family …); only while open. */
    public void change(OutflowDetails details, Instant now) {
        requireOpen();
        apply(details, now);
    }

    /** 返回: ends the period on {@code on}, which may not lie before the day the person left. */
    public void end(LocalDate on, ReturnReason why, String note, Instant now) {
        requireOpen();
        if (on.isBefore(leftOn)) {
            throw new IllegalArgumentException("return before leaving");
        }
        this.returnedOn = on;
        this.returnReason = Objects.requireNonNull(why);
        this.returnNote = note;
        this.openIdNumber = null;
        this.updatedAt = now;
    }

    /**
     * 更正返回: the recorded return of a period already ended is put right (a rejected OUTFLOW_ENDED, ADR 0374); the
     * same rule as {@link #end}: never before the day the person left.
     */
    public void correctReturn(LocalDate on, ReturnReason why, String note, Instant now) {
        if (isOpen()) {
            throw new IllegalStateException("the period has not ended");
        }
        if (on.isBefore(leftOn)) {
            throw new IllegalArgumentException("return before leaving");
        }
        this.returnedOn = on;
        this.returnReason = Objects.requireNonNull(why);
        this.returnNote = note;
        this.updatedAt = now;
    }

    /** Whether this ended period already records exactly this return. */
    public boolean saysReturn(LocalDate on, ReturnReason why, String note) {
        return on.equals(returnedOn) && why == returnReason && Objects.equals(note, returnNote);
    }

    /** Whether {@code details} would change nothing (an ARRIVED notice seen before). */
    public boolean says(OutflowDetails details) {
        return details.equals(details());
    }

    public OutflowDetails details() {
        return new OutflowDetails(name, nameInitials, hukouDivision, destinationDivision, destinationAddress, leftOn,
                reason, employer, mobile, leftBehindChildren, leftBehindElderly, leftBehindCount, leftBehindNote);
    }

    private void apply(OutflowDetails d, Instant now) {
        this.name = d.name();
        this.nameInitials = d.nameInitials();
        this.hukouDivision = d.hukouDivision();
        this.destinationDivision = d.destinationDivision();
        this.destinationProvince = d.destinationDivision().substring(0, 2);
        this.destinationPrefecture = d.destinationDivision().substring(0, 4);
        this.destinationAddress = d.destinationAddress();
        this.leftOn = d.leftOn();
        this.reason = d.reason();
        this.employer = d.employer();
        this.mobile = d.mobile();
        this.leftBehindChildren = d.leftBehindChildren();
        this.leftBehindElderly = d.leftBehindElderly();
        this.leftBehindCount = d.leftBehindCount();
        this.leftBehindNote = d.leftBehindNote();
        this.updatedAt = now;
    }

    private void requireOpen() {
        if (!isOpen()) {
            throw new IllegalStateException("outflow period " + id + " has ended");
        }
    }

    public boolean isOpen() { return returnedOn == null; }

    public Long id() { return id; }

    public String idNumber() { return idNumber; }

    public String name() { return name; }

    public String hukouDivision() { return hukouDivision; }

    public String destinationDivision() { return destinationDivision; }

    public String destinationAddress() { return destinationAddress; }

    public LocalDate leftOn() { return leftOn; }

    public String reason() { return reason; }

    public String employer() { return employer; }

    public String mobile() { return mobile; }

    public boolean leftBehindChildren() { return leftBehindChildren; }

    public boolean leftBehindElderly() { return leftBehindElderly; }

    public int leftBehindCount() { return leftBehindCount; }

    public String leftBehindNote() { return leftBehindNote; }

    public ReporterKind reporterKind() { return reporterKind; }

    public String reporterName() { return reporterName; }

    public String reporterRelation() { return reporterRelation; }

    public String reportingStation() { return reportingStation; }

    public LocalDate returnedOn() { return returnedOn; }

    public ReturnReason returnReason() { return returnReason; }

    public String returnNote() { return returnNote; }

    public String operator() { return operator; }

    public Instant createdAt() { return createdAt; }

    public Instant updatedAt() { return updatedAt; }

    public int version() { return version; }
}
