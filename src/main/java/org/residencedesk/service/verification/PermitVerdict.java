package org.residencedesk.service.verification;

import java.time.LocalDate;

/**
 * The answer to 居住证核验 (ADR 0225): only the status, the validity and the last endorsement — never the holder's
 * data, which the asking department already has. Dates are null for {@link Status#NOT_FOUND}.
 */
public record PermitVerdict(Status status, String permitNumber, LocalDate validFrom, LocalDate validUntil,
                            LocalDate lastEndorsedOn) {
    public enum Status {
        /** 有效: issued and not lapsed. */
        VALID,
        /** 暂停使用: an endorsement is overdue (lapsed) or the permit is suspended. */
        SUSPENDED,
        /** 已注销. */
        CANCELLED,
        /** 查无此证: no card with this number, not yet handed over, or the name does not match. */
        NOT_FOUND;

        public String labelKey() {
            return "verification.permit." + name();
        }
    }

    static PermitVerdict notFound(String number) {
        return new PermitVerdict(Status.NOT_FOUND, number, null, null, null);
    }
}
