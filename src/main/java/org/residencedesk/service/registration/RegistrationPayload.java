package org.residencedesk.service.registration;

import java.util.LinkedHashMap;
import java.util.Map;
import org.residencedesk.domain.form.FormValues;
import org.residencedesk.domain.registration.ResidenceRegistration;

/** The platform event's payload of a registration (PLATFORM-API §1; {@code previousRegistration}: ADR 0269). */
final class RegistrationPayload {
    private RegistrationPayload() {
    }

    /** The full state after the change: codes as codes, dates ISO, ID number in full. */
    static Map<String, Object> of(ResidenceRegistration reg, FormValues values, MovedFrom movedFrom) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("registrationNumber", reg.registrationNumber());
        p.put("status", reg.status().name());
        p.put("idNumber", reg.person().idNumber());
        p.put("registeredOn", reg.registeredOn().toString());
        p.put("arrivalDate", reg.arrivalDate().toString());
        p.put("residenceDivision", reg.residenceDivision());
        p.put("address", reg.addressText());
        if (reg.endReason() != null) {
            p.put("endReason", reg.endReason().name());
            p.put("endDate", reg.endDate().toString());
        }
        if (movedFrom != null) {
            Map<String, Object> previous = new LinkedHashMap<>();
            previous.put("stationCode", movedFrom.stationCode());
            previous.put("registrationNumber", movedFrom.registrationNumber());
            p.put("previousRegistration", previous);
        }
        p.put("form", values.fields());
        p.put("groups", values.groups());
        return p;
    }
}
