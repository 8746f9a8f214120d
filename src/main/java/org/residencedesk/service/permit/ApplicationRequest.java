package org.residencedesk.service.permit;

import java.util.Set;
import org.residencedesk.domain.permit.MaterialKind;
import org.residencedesk.domain.permit.PermitBasis;
import org.residencedesk.domain.permit.Representation;

/**
 * What the counter enters for an application: the claimed basis (null: take the suggestion from the
 * registration), who applies, and the documents handed in.
 */
public record ApplicationRequest(PermitBasis basis, Representation representation, boolean limitedMobility,
                                 Set<MaterialKind> presented) {
    public ApplicationRequest {
        representation = representation == null ? Representation.IN_PERSON : representation;
        presented = Set.copyOf(presented);
    }

    public static ApplicationRequest inPerson(PermitBasis basis, Set<MaterialKind> presented) {
        return new ApplicationRequest(basis, Representation.IN_PERSON, false, presented);
    }
}
