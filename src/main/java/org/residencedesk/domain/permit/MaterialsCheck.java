package org.residencedesk.domain.permit;

import java.util.List;

/** Which requirements apply and which of them are not yet satisfied, with the one-time notice. */
public record MaterialsCheck(List<MaterialRequirement> required, List<MaterialRequirement> missing,
                             MissingMaterialsNotice notice) {
    public MaterialsCheck {
        required = List.copyOf(required);
        missing = List.copyOf(missing);
    }

    public boolean complete() {
        return missing.isEmpty();
    }
}
