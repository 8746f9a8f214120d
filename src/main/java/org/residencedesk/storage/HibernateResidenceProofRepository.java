package org.residencedesk.storage;

import java.util.Optional;
import org.residencedesk.domain.verification.ResidenceProof;
import org.residencedesk.port.ResidenceProofRepository;

/** Printed 居住证明 on Derby, found by their unique verification code. */
public final class HibernateResidenceProofRepository implements ResidenceProofRepository {
    private final CurrentSession sessions;

    public HibernateResidenceProofRepository(CurrentSession sessions) {
        this.sessions = sessions;
    }

    @Override
    public void save(ResidenceProof proof) {
        if (proof.id() == null) {
            sessions.session().persist(proof);
        }
    }

    @Override
    public Optional<ResidenceProof> findByCode(String code) {
        return sessions.session().createSelectionQuery("from ResidenceProof where code = :c", ResidenceProof.class)
                .setParameter("c", code).uniqueResultOptional();
    }
}
