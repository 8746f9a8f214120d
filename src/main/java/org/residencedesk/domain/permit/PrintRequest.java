package org.residencedesk.domain.permit;

import java.util.Objects;

/**
 * What the clerk asks to print. {@code permitNumber} is formed by the caller (numbering lives in
 * storage); reprints carry a reason and the actor who authorised them.
 */
public record PrintRequest(PrintType type, String permitNumber, String reason, Actor authorisedBy) {
    public PrintRequest {
        Objects.requireNonNull(type, "type");
    }

    public static PrintRequest first(String permitNumber) {
        return new PrintRequest(PrintType.FIRST, permitNumber, null, null);
    }

    public static PrintRequest reprint(PrintType type, String permitNumber, String reason, Actor authorisedBy) {
        return new PrintRequest(type, permitNumber, reason, authorisedBy);
    }
}
