package org.residencedesk.domain.register;

/**
 * One row of a house list: the manager's ID number is already masked.
 *
 * @param occupantsNow active registrations naming this house
 */
public record HouseSummary(long id, String houseCode, HouseKind kind, String addressText, ManagerKind managerKind,
                           String managerName, String maskedManagerId, String managerPhone, int capacity,
                           long occupantsNow) {
    /** More people registered as living here now than it may hold (a capacity of 0 means "not stated"). */
    public boolean overCapacity() {
        return capacity > 0 && occupantsNow > capacity;
    }
}
