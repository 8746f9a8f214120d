package org.residencedesk.domain.permit;

import java.util.List;

/** One line of the checklist; any one of its acceptable kinds satisfies it. */
public enum MaterialRequirement implements Labelled {
    APPLICANT_IDENTITY(List.of(MaterialKind.RESIDENT_ID_CARD)),
    PHOTO(List.of(MaterialKind.PHOTO)),
    RESIDENCE_ADDRESS_PROOF(List.of(MaterialKind.LEASE, MaterialKind.PROPERTY_CERTIFICATE,
            MaterialKind.PURCHASE_CONTRACT, MaterialKind.ACCOMMODATION_CERTIFICATE)),
    EMPLOYMENT_PROOF(List.of(MaterialKind.BUSINESS_LICENCE, MaterialKind.LABOUR_CONTRACT,
            MaterialKind.EMPLOYER_CERTIFICATE)),
    STUDY_PROOF(List.of(MaterialKind.STUDENT_CARD, MaterialKind.SCHOOL_CERTIFICATE)),
    REPRESENTATIVE_IDENTITY(List.of(MaterialKind.REPRESENTATIVE_ID_CARD)),
    /** 就读证明 stating the enrolment date, when the months are counted from it. */
    SCHOOL_ENROLMENT_PROOF(List.of(MaterialKind.SCHOOL_CERTIFICATE)),
    /** 社保缴纳证明 stating the first insured month, when the months are counted from it. */
    SOCIAL_INSURANCE_PROOF(List.of(MaterialKind.SOCIAL_INSURANCE_CERTIFICATE));

    private final List<MaterialKind> acceptable;

    MaterialRequirement(List<MaterialKind> acceptable) {
        this.acceptable = acceptable;
    }

    /** The kinds that satisfy this line; a minor's identity may also be shown by the household register. */
    public List<MaterialKind> acceptable(boolean minor) {
        if (this == APPLICANT_IDENTITY && minor) {
            return List.of(MaterialKind.RESIDENT_ID_CARD, MaterialKind.HOUSEHOLD_REGISTER);
        }
        return acceptable;
    }

    @Override
    public String labelKey() {
        return "permit.requirement." + name();
    }
}
