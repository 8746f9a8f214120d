package org.residencedesk.port;

import java.util.Optional;
import org.residencedesk.domain.verification.ResidenceProof;

/** Printed 居住证明 and what each certified (ADR 0223); calls join the caller's transaction. */
public interface ResidenceProofRepository {
    void save(ResidenceProof proof);

    Optional<ResidenceProof> findByCode(String code);
}
