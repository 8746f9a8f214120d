package org.residencedesk.service.sync.lookup;

import java.util.Set;
import org.residencedesk.domain.form.FormValues;

/**
 * A registration of the person at another station, as the platform last heard of it (the latest event of that
 * registration, PLATFORM-API §4): its station, number and status, where it was and the form it was saved with.
 */
public record OtherStationRegistration(String stationCode, String registrationNumber, String status,
                                       String registeredOn, String residenceDivision, String address,
                                       String occurredAt, FormValues form) {
    /**
     * What a 换地登记 takes over from the earlier registration (ADR 0268): the person (identity, personal details,
     * occupation) and the companions who move with them; never the old address, house, landlord, workplace, dates,
     * declaration or the system fields.
     */
    static final Set<String> CARRIED = Set.of("documentType", "idNumber", "nationality", "name", "formerName", "sex",
            "ethnicGroup", "birthDate", "hukouDivision", "hukouAddress", "issuingAuthority", "validFrom",
            "validUntil", "education", "maritalStatus", "mobile", "fixedPhone", "emergencyContact", "emergencyPhone",
            "occupation");
    static final Set<String> CARRIED_GROUPS = Set.of("companions");

    public boolean active() {
        return "ACTIVE".equals(status);
    }

    /** The values a new registration at this station starts from. */
    public FormValues prefill() {
        FormValues.Builder b = FormValues.builder();
        form.fields().forEach((field, value) -> {
            if (CARRIED.contains(field) && value != null && !value.isBlank()) {
                b.set(field, value);
            }
        });
        form.groups().forEach((group, rows) -> {
            if (CARRIED_GROUPS.contains(group)) {
                b.group(group);
                rows.forEach(row -> b.addRow(group, row));
            }
        });
        return b.build();
    }
}
