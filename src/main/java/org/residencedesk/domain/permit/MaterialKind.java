package org.residencedesk.domain.permit;

/** A document the applicant hands in (regulation art. 10 and 11). */
public enum MaterialKind implements Labelled {
    RESIDENT_ID_CARD,
    /** 居民户口簿: accepted for applicants under 16 who have no ID card yet (common practice, not in the regulation text). */
    HOUSEHOLD_REGISTER,
    PHOTO,
    LEASE,
    PROPERTY_CERTIFICATE,
    PURCHASE_CONTRACT,
    /** 住宿证明 issued by the landlord, employer or school. */
    ACCOMMODATION_CERTIFICATE,
    BUSINESS_LICENCE,
    LABOUR_CONTRACT,
    EMPLOYER_CERTIFICATE,
    STUDENT_CARD,
    SCHOOL_CERTIFICATE,
    /** 代办人身份证件: the guardian's or near relative's ID. */
    REPRESENTATIVE_ID_CARD,
    /** 社会保险缴纳证明: shows the first month insured at the place of residence. */
    SOCIAL_INSURANCE_CERTIFICATE;

    @Override
    public String labelKey() {
        return "permit.material." + name();
    }
}
