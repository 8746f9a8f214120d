package org.residencedesk.service.permit;

import java.util.Objects;
import org.residencedesk.domain.permit.PrintType;
import org.residencedesk.service.Operator;

/**
 * The clerk's print order. Reprints carry a reason and the user who authorised them: an {@link Operator}, so
 * someone who signed in with their own password through the AuthenticationService (audited; a wrong password
 * counts toward that account's lockout), and the permit refuses one without REPRINT_AUTHORISE.
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
