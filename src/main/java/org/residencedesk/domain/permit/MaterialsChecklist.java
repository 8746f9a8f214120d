package org.residencedesk.domain.permit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Materials of regulation art. 9 for one application: ID, photo, proof of the residence address,
 * proof of the basis (employment or study; for a stable residence the address proof is the proof),
 * the representative's ID when a guardian or near relative applies or a guardian accompanies, and the proof of
 * an enrolment or insurance start the residence months are counted from.
 */
public final class MaterialsChecklist {
    private MaterialsChecklist() {
    }

    public static List<MaterialRequirement> requiredFor(ApplicantCircumstances c) {
        List<MaterialRequirement> required = new ArrayList<>(List.of(MaterialRequirement.APPLICANT_IDENTITY,
                MaterialRequirement.PHOTO, MaterialRequirement.RESIDENCE_ADDRESS_PROOF));
        if (c.basis() == PermitBasis.STABLE_EMPLOYMENT) {
            required.add(MaterialRequirement.EMPLOYMENT_PROOF);
        } else if (c.basis() == PermitBasis.CONTINUOUS_STUDY) {
            required.add(MaterialRequirement.STUDY_PROOF);
        }
        if (c.representation().guardianOrRelativePresent()) {
            required.add(MaterialRequirement.REPRESENTATIVE_IDENTITY);
        }
        // an earlier start than the registration is counted only on its proof (ADR 0170)
        if (c.schoolEnrolmentStart() != null && c.schoolEnrolmentStart().isBefore(c.registrationStart())) {
            required.add(MaterialRequirement.SCHOOL_ENROLMENT_PROOF);
        }
        if (c.socialInsuranceStart() != null && c.socialInsuranceStart().atDay(1).isBefore(c.registrationStart())) {
            required.add(MaterialRequirement.SOCIAL_INSURANCE_PROOF);
        }
        return required;
    }

    public static MaterialsCheck check(ApplicantCircumstances c, Set<MaterialKind> presented, LocalDate on) {
        boolean minor = c.minorOn(on);
        List<MaterialRequirement> required = requiredFor(c);
        List<MaterialRequirement> missing = required.stream()
                .filter(r -> r.acceptable(minor).stream().noneMatch(presented::contains))
                .toList();
        return new MaterialsCheck(required, missing, new MissingMaterialsNotice(on, minor, missing));
    }

    /** Whether the proof of the claimed basis is among the presented materials. */
    public static boolean basisProven(ApplicantCircumstances c, Set<MaterialKind> presented, LocalDate on) {
        if (c.basis() == null) {
            return false;
        }
        MaterialRequirement proof = switch (c.basis()) {
            case STABLE_EMPLOYMENT -> MaterialRequirement.EMPLOYMENT_PROOF;
            case CONTINUOUS_STUDY -> MaterialRequirement.STUDY_PROOF;
            case STABLE_RESIDENCE -> MaterialRequirement.RESIDENCE_ADDRESS_PROOF;
        };
        return proof.acceptable(c.minorOn(on)).stream().anyMatch(presented::contains);
    }
}
