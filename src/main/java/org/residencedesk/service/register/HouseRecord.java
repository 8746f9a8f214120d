package org.residencedesk.service.register;

import java.time.Instant;
import java.util.Optional;
import org.residencedesk.domain.register.HouseKind;

/**
 * A stored house: its normalised form (with the code), the version a change must name, and the 居住处所 code a
 * registration in it takes when the kind decides it.
 */
public record HouseRecord(long id, int version, HouseForm form, String addressText, Instant createdAt,
                          String createdBy) {
    public String houseCode() {
        return form.houseCode();
    }

    public Optional<String> residenceType() {
        return HouseKind.ofCode(form.kind()).flatMap(HouseKind::residenceType);
    }
}
