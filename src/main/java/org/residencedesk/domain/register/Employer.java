package org.residencedesk.domain.register;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One employer of the employer register (以业管人), known by its 统一社会信用代码. Registrations name it by
 * {@link #creditCode()}; its employees are found through that column.
 */
@Entity
@Table(name = "EMPLOYER")
public class Employer {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "CREDIT_CODE", nullable = false, unique = true, length = 18)
    private String creditCode;

    @Column(name = "NAME", nullable = false, length = 100)
    private String name;

    @Column(name = "NAME_INITIALS", nullable = false, length = 100)
    private String nameInitials;

    @Column(name = "DIVISION_CODE", nullable = false, length = 12)
    private String divisionCode;

    @Column(name = "ADDRESS_DETAIL", nullable = false, length = 100)
    private String addressDetail;

    @Column(name = "ADDRESS_TEXT", nullable = false, length = 300)
    private String addressText;

    @Column(name = "CONTACT_NAME", nullable = false, length = 50)
    private String contactName;

    @Column(name = "CONTACT_PHONE", nullable = false, length = 20)
    private String contactPhone;

    @Column(name = "INDUSTRY", length = 50)
    private String industry;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "CREATED_BY", nullable = false, length = 32)
    private String createdBy;

    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "VERSION", nullable = false)
    private int version;

    protected Employer() {
    }

    public Employer(String creditCode, EmployerDetails details, String createdBy, Instant now) {
        this.creditCode = creditCode;
        this.createdBy = createdBy;
        this.createdAt = now;
        apply(details, now);
    }

    public void change(EmployerDetails details, Instant now) {
        apply(details, now);
    }

    private void apply(EmployerDetails d, Instant now) {
        this.name = d.name();
        this.nameInitials = d.nameInitials();
        this.divisionCode = d.divisionCode();
        this.addressDetail = d.addressDetail();
        this.addressText = d.addressText();
        this.contactName = d.contactName();
        this.contactPhone = d.contactPhone();
        this.industry = d.industry();
        this.updatedAt = now;
    }

    public EmployerDetails details() {
        return new EmployerDetails(name, nameInitials, divisionCode, addressDetail, addressText, contactName,
                contactPhone, industry);
    }

    public Long id() { return id; }

    public String creditCode() { return creditCode; }

    public String name() { return name; }

    public Instant createdAt() { return createdAt; }

    public String createdBy() { return createdBy; }

    public Instant updatedAt() { return updatedAt; }

    public int version() { return version; }
}
