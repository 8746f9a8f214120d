package org.residencedesk.domain.permit;

import java.util.Objects;
import org.residencedesk.domain.identity.IdNumber;

/**
 * To whom a card was handed. The holder needs no further data; an authorised collector is recorded
 * with name, checked ID number and relationship (family-relationship code or short text).
 */
public record Handover(boolean byHolder, String collectorName, IdNumber collectorIdNumber, String relationship) {
    public Handover {
        if (!byHolder) {
            Objects.requireNonNull(collectorIdNumber, "collectorIdNumber");
            if (isBlank(collectorName) || isBlank(relationship)) {
                throw new IllegalArgumentException("a collector needs name and relationship");
            }
        }
    }

    public static Handover holder() {
        return new Handover(true, null, null, null);
    }

    public static Handover collector(String name, IdNumber idNumber, String relationship) {
        return new Handover(false, name, idNumber, relationship);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    @Override
    public String toString() {
        return byHolder ? "Handover[holder]" : "Handover[collector " + collectorIdNumber + "]";
    }
}
