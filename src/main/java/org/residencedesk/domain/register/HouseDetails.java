package org.residencedesk.domain.register;

/**
 * What describes a house, already validated and normalised by the register service (the code is not part of it:
 * it never changes once given).
 *
 * @param managerIdNumber  the person's ID number when {@code managerKind} is PERSON, else null
 * @param managerCreditCode the organisation's credit code when {@code managerKind} is ORGANISATION, else null
 * @param addressText      division full name + street, number, 栋, 单元, 室 as one line (searched by text)
 */
public record HouseDetails(HouseKind kind, String divisionCode, String street, String houseNumber, String building,
                           String unit, String room, String addressText, ManagerKind managerKind, String managerName,
                           String managerInitials, String managerIdNumber, String managerCreditCode,
                           String managerPhone, int rooms, int capacity, String note) {
}
