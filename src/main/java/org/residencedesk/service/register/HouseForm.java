package org.residencedesk.service.register;

/**
 * A house as typed at the window or read from a spreadsheet row: every value a string, so each bad value is
 * reported on its own field (the field ids are the component names: {@code houseCode}, {@code capacity} …).
 * After validation the service hands back the normalised form (codes upper-case, numbers without spaces).
 *
 * @param houseCode   blank: the station assigns one (community code + serial); else a code of 4-30 letters and digits
 * @param kind        a {@link org.residencedesk.domain.register.HouseKind} name: RENTAL, DORMITORY, SITE_SHED,
 *                    OWN_HOME, OTHER
 * @param divisionCode the community or village (12-digit division code, in Hubei)
 * @param managerKind PERSON (房东/管理人, needs {@code managerIdNumber}) or ORGANISATION (needs
 *                    {@code managerCreditCode})
 * @param rooms       number of rooms, blank for not stated
 * @param capacity    how many people may live there (1-9999)
 */
public record HouseForm(String houseCode, String kind, String divisionCode, String street, String houseNumber,
                        String building, String unit, String room, String managerKind, String managerName,
                        String managerIdNumber, String managerCreditCode, String managerPhone, String rooms,
                        String capacity, String note) {
    /** The field ids in form order (spreadsheet columns, the edit form). */
    public static final java.util.List<String> FIELDS = java.util.List.of("houseCode", "kind", "divisionCode",
            "street", "houseNumber", "building", "unit", "room", "managerKind", "managerName", "managerIdNumber",
            "managerCreditCode", "managerPhone", "rooms", "capacity", "note");

    /** The same house with a given code (the station's assigned one after registering). */
    public HouseForm withHouseCode(String code) {
        return new HouseForm(code, kind, divisionCode, street, houseNumber, building, unit, room, managerKind,
                managerName, managerIdNumber, managerCreditCode, managerPhone, rooms, capacity, note);
    }
}
