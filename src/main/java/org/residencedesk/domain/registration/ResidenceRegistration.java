package org.residencedesk.domain.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One residence registration (居住登记). The complete form as filled in is kept as JSON
 * ({@code formJson}) because the form is data and differs by province; the columns are the subset
 * that search, lists, deadlines and statistics query (ADR 0003).
 */
@Entity
@Table(name = "RESIDENCE_REGISTRATION")
public class ResidenceRegistration {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "REG_NUMBER", nullable = false, unique = true, length = 30)
    private String registrationNumber;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "PERSON_ID", nullable = false)
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 16)
    private RegistrationStatus status;

    @Column(name = "RESIDENCE_DIVISION", nullable = false, length = 12)
    private String residenceDivision;

    /** Division full name + detailed address, as printed on the certificate and searched by text. */
    @Column(name = "ADDRESS_TEXT", nullable = false, length = 300)
    private String addressText;

    @Column(name = "ARRIVAL_DATE", nullable = false)
    private LocalDate arrivalDate;

    @Column(name = "REGISTERED_ON", nullable = false)
    private LocalDate registeredOn;

    @Column(name = "REGISTERED_AT", nullable = false)
    private Instant registeredAt;

    @Column(name = "OPERATOR", nullable = false, length = 32)
    private String operator;

    @Lob
    @Column(name = "FORM_JSON", nullable = false)
    private String formJson;

    @Column(name = "FORM_VERSION", nullable = false)
    private int formVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "END_REASON", length = 20)
    private MoveOutReason endReason;

    @Column(name = "END_DATE")
    private LocalDate endDate;

    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    /** 逾期登记: registered later than the station's deadline after the arrival (ADR 0172). */
    @Column(name = "LATE_REGISTRATION", nullable = false)
    private boolean lateRegistration;

    /** The house in the register this registration names (以房管人, ADR 0212); null when none. */
    /** The last day of the intended stay ({@link IntendedStay}); null only on rows not yet back-filled (V21). */
    @Column(name = "INTENDED_STAY_END")
    private LocalDate intendedStayEnd;

    @Column(name = "HOUSE_CODE", length = 30)
    private String houseCode;

    /** The employer in the register this registration names (以业管人, ADR 0212); null when none. */
    @Column(name = "WORKPLACE_CREDIT_CODE", length = 18)
    private String workplaceCreditCode;

    @Version
    @Column(name = "VERSION", nullable = false)
    private int version;

    protected ResidenceRegistration() {
    }

    public ResidenceRegistration(String registrationNumber, Person person, String residenceDivision,
                                 String addressText, LocalDate arrivalDate, LocalDate registeredOn, Instant now,
                                 String operator, String formJson, int formVersion) {
        this.registrationNumber = registrationNumber;
        this.person = person;
        this.status = RegistrationStatus.ACTIVE;
        this.residenceDivision = residenceDivision;
        this.addressText = addressText;
        this.arrivalDate = arrivalDate;
        this.registeredOn = registeredOn;
        this.registeredAt = now;
        this.updatedAt = now;
        this.operator = operator;
        this.formJson = formJson;
        this.formVersion = formVersion;
    }

    /** 变更: new form values for an active registration; history is kept by the caller. */
    public void change(String residenceDivision, String addressText, LocalDate arrivalDate, String formJson,
                       int formVersion, Instant now) {
        requireActive();
        this.residenceDivision = residenceDivision;
        this.addressText = addressText;
        this.arrivalDate = arrivalDate;
        this.formJson = formJson;
        this.formVersion = formVersion;
        this.updatedAt = now;
    }

    /**
     * Judges the registration against the deadline from its own arrival and registration dates; called when it is
     * created and after each 变更 (a corrected arrival date corrects the flag; the change itself is audited). Also
     * sets the last day of the intended stay ({@link IntendedStay}) from the same arrival.
     */
    public void judgeDeadline(RegistrationDeadline deadline, String residenceReason, String intendedStay) {
        this.lateRegistration = deadline.late(arrivalDate, registeredOn, residenceReason, intendedStay);
        this.intendedStayEnd = IntendedStay.lastDay(arrivalDate, intendedStay);
    }

    /** 注销 with its reason and the day the person left. */
    public void cancel(MoveOutReason reason, LocalDate date, Instant now) {
        requireActive();
        this.status = RegistrationStatus.CANCELLED;
        this.endReason = reason;
        this.endDate = date;
        this.updatedAt = now;
    }

    /** 换地登记: this registration ends because a new one at another address replaces it. */
    public void supersede(LocalDate date, Instant now) {
        requireActive();
        this.status = RegistrationStatus.SUPERSEDED;
        this.endReason = MoveOutReason.MOVED_AWAY;
        this.endDate = date;
        this.updatedAt = now;
    }

    /** The register keys taken from the form (blank → none); set when created and after each 变更. */
    public void referTo(String houseCode, String workplaceCreditCode) {
        this.houseCode = houseCode == null || houseCode.isBlank() ? null : houseCode.strip();
        this.workplaceCreditCode = workplaceCreditCode == null || workplaceCreditCode.isBlank()
                ? null : workplaceCreditCode.strip();
    }

    private void requireActive() {
        if (status != RegistrationStatus.ACTIVE) {
            throw new IllegalStateException("registration is no longer active");
        }
    }

    public Long id() { return id; }

    public String registrationNumber() { return registrationNumber; }

    public Person person() { return person; }

    public RegistrationStatus status() { return status; }

    public String residenceDivision() { return residenceDivision; }

    public String addressText() { return addressText; }

    public LocalDate arrivalDate() { return arrivalDate; }

    public LocalDate registeredOn() { return registeredOn; }

    public Instant registeredAt() { return registeredAt; }

    public String operator() { return operator; }

    public String formJson() { return formJson; }

    public int formVersion() { return formVersion; }

    public MoveOutReason endReason() { return endReason; }

    public LocalDate endDate() { return endDate; }

    public boolean lateRegistration() { return lateRegistration; }

    /** The last day of the intended stay, {@link IntendedStay#NO_END} when it has none. */
    public LocalDate intendedStayEnd() { return intendedStayEnd; }

    public String houseCode() { return houseCode; }

    public String workplaceCreditCode() { return workplaceCreditCode; }

    public int version() { return version; }
}
