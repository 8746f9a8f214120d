package org.residencedesk.service.verification;

import java.time.LocalDate;

/**
 * The answer to a 居住证明 code (ADR 0223): what the certificate certified when it was printed — name, masked ID
 * number, address, resident since, printed on — and whether that registration is still active today. Everything but
 * the status is null unless {@link Status#GENUINE}.
 */
public record ProofVerdict(Status status, String proofNumber, String name, String maskedIdNumber, String address,
                           LocalDate residentSince, LocalDate issuedOn, Boolean stillRegistered) {
    public enum Status {
        /** 真实: printed by this station and unchanged. */
        GENUINE,
        /** 查无此证明: a forged, altered or unknown code. */
        NOT_FOUND,
        /** 核验码格式或校验位不符 (mistyped, or made up). */
        MALFORMED;

        public String labelKey() {
            return "verification.proof." + name();
        }
    }

    static ProofVerdict refused(Status status) {
        return new ProofVerdict(status, null, null, null, null, null, null, null);
    }
}
