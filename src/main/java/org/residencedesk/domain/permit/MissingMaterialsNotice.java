package org.residencedesk.domain.permit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * 一次性告知: everything still missing, told in one go (regulation art. 9), so the applicant does not
 * come back several times. {@link #lines()} is the printable Chinese content.
 */
public record MissingMaterialsNotice(LocalDate issuedOn, boolean minor, List<MaterialRequirement> missing) {
    public MissingMaterialsNotice {
        missing = List.copyOf(missing);
    }

    public boolean isEmpty() {
        return missing.isEmpty();
    }

    /** Title, one numbered line per missing requirement (with the alternatives where several kinds count), date. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        if (missing.isEmpty()) {
            lines.add(PermitMessages.text("permit.notice.complete"));
            return lines;
        }
        lines.add(PermitMessages.text("permit.notice.title"));
        int n = 1;
        for (MaterialRequirement r : missing) {
            List<MaterialKind> kinds = r.acceptable(minor);
            lines.add(kinds.size() == 1
                    ? PermitMessages.text("permit.notice.item", n, r)
                    : PermitMessages.text("permit.notice.itemWithChoices", n, r, kinds));
            n++;
        }
        lines.add(PermitMessages.text("permit.notice.footer", issuedOn));
        return lines;
    }
}
