package org.residencedesk.port.demodata;

import java.time.Instant;

/**
 * The rows of the house and employer registers a demo station gets (ADR 0264), as the register services would
 * have stored them: codes normalised, the address text built from the division's full name, the manager's and
 * employer's name initials for pinyin search. Plain carriers from the generator (service) to the bulk writer.
 */
public final class DemoRegisterRows {
    private DemoRegisterRows() {
    }

    /** One RENTAL_HOUSE row; {@code kind} and {@code managerKind} are the enum names. */
    public record House(String houseCode, String kind, String divisionCode, String street, String houseNumber,
                        String building, String unit, String room, String addressText, String managerKind,
                        String managerName, String managerInitials, String managerIdNumber, String managerCreditCode,
                        String managerPhone, int rooms, int capacity, Instant createdAt, String createdBy) { }

    /** One EMPLOYER row. */
    public record Employer(String creditCode, String name, String nameInitials, String divisionCode,
                           String addressDetail, String addressText, String contactName, String contactPhone,
                           String industry, Instant createdAt, String createdBy) { }
}
