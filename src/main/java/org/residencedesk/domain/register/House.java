package org.residencedesk.domain.register;

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

/**
 * One house of the rental-house register (出租房屋登记, 以房管人): where people live, who answers for it and how many
 * it may hold. Registrations name it by {@link #houseCode()}; its occupants are found through that column.
 */
@Entity
@Table(name = "RENTAL_HOUSE")
public class House {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "HOUSE_CODE", nullable = false, unique = true, length = 30)
    private String houseCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 20)
    private HouseKind kind;

    @Column(name = "DIVISION_CODE", nullable = false, length = 12)
    private String divisionCode;

    @Column(name = "STREET", nullable = false, length = 50)
    private String street;

    @Column(name = "HOUSE_NUMBER", nullable = false, length = 20)
    private String houseNumber;

    @Column(name = "BUILDING", length = 10)
    private String building;

    @Column(name = "UNIT", length = 10)
    private String unit;

    @Column(name = "ROOM", length = 10)
    private String room;

    @Column(name = "ADDRESS_TEXT", nullable = false, length = 300)
    private String addressText;

    @Enumerated(EnumType.STRING)
    @Column(name = "MANAGER_KIND", nullable = false, length = 20)
    private ManagerKind managerKind;

    @Column(name = "MANAGER_NAME", nullable = false, length = 100)
    private String managerName;

    @Column(name = "MANAGER_INITIALS", nullable = false, length = 100)
    private String managerInitials;

    @Column(name = "MANAGER_ID_NUMBER", length = 18)
    private String managerIdNumber;

    @Column(name = "MANAGER_CREDIT", length = 18)
    private String managerCreditCode;

    @Column(name = "MANAGER_PHONE", nullable = false, length = 20)
    private String managerPhone;

    @Column(name = "ROOMS", nullable = false)
    private int rooms;

    @Column(name = "CAPACITY", nullable = false)
    private int capacity;

    @Column(name = "NOTE", length = 200)
    private String note;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "CREATED_BY", nullable = false, length = 32)
    private String createdBy;

    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "VERSION", nullable = false)
    private int version;

    protected House() {
    }

    public House(String houseCode, HouseDetails details, String createdBy, Instant now) {
        this.houseCode = houseCode;
        this.createdBy = createdBy;
        this.createdAt = now;
        apply(details, now);
    }

    /** Replaces everything but the code. */
    public void change(HouseDetails details, Instant now) {
        apply(details, now);
    }

    private void apply(HouseDetails d, Instant now) {
        this.kind = d.kind();
        this.divisionCode = d.divisionCode();
        this.street = d.street();
        this.houseNumber = d.houseNumber();
        this.building = d.building();
        this.unit = d.unit();
        this.room = d.room();
        this.addressText = d.addressText();
        this.managerKind = d.managerKind();
        this.managerName = d.managerName();
        this.managerInitials = d.managerInitials();
        this.managerIdNumber = d.managerIdNumber();
        this.managerCreditCode = d.managerCreditCode();
        this.managerPhone = d.managerPhone();
        this.rooms = d.rooms();
        this.capacity = d.capacity();
        this.note = d.note();
        this.updatedAt = now;
    }

    public HouseDetails details() {
        return new HouseDetails(kind, divisionCode, street, houseNumber, building, unit, room, addressText,
                managerKind, managerName, managerInitials, managerIdNumber, managerCreditCode, managerPhone, rooms,
                capacity, note);
    }

    public Long id() { return id; }

    public String houseCode() { return houseCode; }

    public HouseKind kind() { return kind; }

    public String divisionCode() { return divisionCode; }

    public String addressText() { return addressText; }

    public String managerName() { return managerName; }

    public int capacity() { return capacity; }

    public Instant createdAt() { return createdAt; }

    public String createdBy() { return createdBy; }

    public Instant updatedAt() { return updatedAt; }

    public int version() { return version; }
}
