package org.residencedesk.service.permit;

import java.util.Objects;
import org.residencedesk.domain.permit.PrintType;
import org.residencedesk.service.Operator;

/**
 * The clerk's print order. Reprints carry a reason and the chief or administrator who authorised them
 * (the screen has that person sign in before calling).
 */
public record PrintSpec(PrintType type, String reason, Operator authorisedBy) {
    public PrintSpec {
        Objects.requireNonNull(type, "type");
    }

    public static PrintSpec first() {
        return new PrintSpec(PrintType.FIRST, null, null);
    }

    public static PrintSpec reprint(PrintType type, String reason, Operator authorisedBy) {
        return new PrintSpec(type, reason, authorisedBy);
    }
}
