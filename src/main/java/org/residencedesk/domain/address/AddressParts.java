package org.residencedesk.domain.address;

import java.util.Map;

/**
 * The detail of a residence address as the form takes it: 街路巷, 门（楼）牌号, 楼栋号, 单元号, 室号. Blank and
 * {@code null} parts are absent; values are kept as typed (the composer adds the unit words).
 */
public record AddressParts(String street, String houseNumber, String building, String unit, String room) {

    /** The registration form's field names, in address order. */
    public static final String[] FORM_FIELDS = {"street", "houseNumber", "building", "unit", "room"};

    public AddressParts {
        street = clean(street);
        houseNumber = clean(houseNumber);
        building = clean(building);
        unit = clean(unit);
        room = clean(room);
    }

    /** The parts from form values by field name (see {@link #FORM_FIELDS}); missing keys are blank. */
    public static AddressParts of(Map<String, String> formFields) {
        return new AddressParts(formFields.get("street"), formFields.get("houseNumber"),
                formFields.get("building"), formFields.get("unit"), formFields.get("room"));
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }
}
