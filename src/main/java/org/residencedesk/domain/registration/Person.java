package org.residencedesk.domain.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A person known to the station, keyed by the normalized identity number. Only what search and the
 * timeline need is kept in columns; everything else lives in the registration's form values.
 */
@Entity
@Table(name = "PERSON")
public class Person {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ID_NUMBER", nullable = false, unique = true, length = 18)
    private String idNumber;

    @Column(name = "ID_TYPE", nullable = false, length = 20)
    private String idType;

    @Column(name = "NAME", nullable = false, length = 100)
    private String name;

    /** Pinyin initials of the name (阿依古丽·买买提 → ayglmmt) for keyboard search. */
    @Column(name = "NAME_INITIALS", nullable = false, length = 100)
    private String nameInitials;

    @Column(name = "SEX", length = 1)
    private String sex;

    @Column(name = "BIRTH_DATE")
    private LocalDate birthDate;

    @Column(name = "MOBILE", length = 20)
    private String mobile;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "VERSION", nullable = false)
    private int version;

    protected Person() {
    }

    public Person(String idNumber, String idType, Instant now) {
        this.idNumber = idNumber;
        this.idType = idType;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Identity as last declared or read from the card. */
    public void updateIdentity(String name, String nameInitials, String sex, LocalDate birthDate, String mobile,
                               Instant now) {
        this.name = name;
        this.nameInitials = nameInitials;
        this.sex = sex;
        this.birthDate = birthDate;
        this.mobile = mobile;
        this.updatedAt = now;
    }

    public Long id() { return id; }

    public String idNumber() { return idNumber; }

    public String idType() { return idType; }

    public String name() { return name; }

    public String nameInitials() { return nameInitials; }

    public String sex() { return sex; }

    public LocalDate birthDate() { return birthDate; }

    public String mobile() { return mobile; }
}
